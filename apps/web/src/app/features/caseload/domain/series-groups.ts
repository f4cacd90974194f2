import type { AssignmentView } from '@trp/contracts';

export interface AssignmentGroup {
  /** The series id, or the assignment's own id for one that does not repeat. */
  readonly key: string;
  readonly series?: {
    readonly everyDays: number;
    readonly times?: number;
    readonly stoppedAt?: string;
    /** The highest occurrence opened so far. */
    readonly opened: number;
    /** The occurrence the counselor acts on (any names the series). */
    readonly anyId: string;
  };
  /** Newest first, as the list came. */
  readonly items: readonly AssignmentView[];
}

/** The couple page's assignments with each repeating series as one group, where its newest occurrence stands. */
export function groupBySeries(assignments: readonly AssignmentView[]): AssignmentGroup[] {
  const groups: AssignmentGroup[] = [];
  const bySeries = new Map<string, AssignmentView[]>();
  for (const assignment of assignments) {
    if (!assignment.seriesId) {
      groups.push({ key: assignment.id, items: [assignment] });
      continue;
    }
    const members = bySeries.get(assignment.seriesId);
    if (members) {
      members.push(assignment);
      continue;
    }
    const list = [assignment];
    bySeries.set(assignment.seriesId, list);
    groups.push({ key: assignment.seriesId, items: list });
  }
  return groups.map((group) => {
    const first = group.items[0];
    if (!first?.seriesId || !first.repeat) return group;
    const opened = Math.max(...group.items.map((a) => a.repeat?.occurrence ?? 1));
    const stoppedAt = group.items.map((a) => a.repeat?.stoppedAt).find((s) => !!s);
    return {
      ...group,
      series: { everyDays: first.repeat.everyDays, ...(first.repeat.times && { times: first.repeat.times }), ...(stoppedAt && { stoppedAt }), opened, anyId: first.id },
    };
  });
}

/** "Repeats every 7 days · 2 of 4 opened" / "Repeats every day · stopped". */
export function seriesText(series: NonNullable<AssignmentGroup['series']>): string {
  const every =
    series.everyDays === 1
      ? $localize`:@@caseload.series.every-day:Repeats every day`
      : series.everyDays === 7
        ? $localize`:@@caseload.series.every-week:Repeats every week`
        : $localize`:@@caseload.series.every-days:Repeats every ${series.everyDays}:days: days`;
  const progress = series.times
    ? $localize`:@@caseload.series.opened-of:${series.opened}:opened: of ${series.times}:times: opened`
    : $localize`:@@caseload.series.opened-so-far:${series.opened}:opened: opened so far`;
  const done = series.stoppedAt
    ? ` · ${$localize`:@@caseload.series.stopped:stopped`}`
    : series.times && series.opened >= series.times
      ? ` · ${$localize`:@@caseload.series.all-opened:all opened`}`
      : '';
  return `${every} · ${progress}${done}`;
}

/** Whether the counselor can still stop the series. */
export function canStop(series: NonNullable<AssignmentGroup['series']>): boolean {
  return !series.stoppedAt && !(series.times && series.opened >= series.times);
}
