import type { DashboardCouple } from '@trp/contracts';
import { sameDayInZone } from './practice-time';

/**
 * The dashboard's caseload order: couples with a session today (in the practice's zone) first, earliest first; the
 * others keep the server's order (by label).
 */
export function todayFirst(couples: readonly DashboardCouple[], now: Date, zone: string): DashboardCouple[] {
  const today = (c: DashboardCouple) => !!c.nextSessionAt && sameDayInZone(c.nextSessionAt, now, zone);
  const first = couples.filter(today).sort((a, b) => (a.nextSessionAt ?? '').localeCompare(b.nextSessionAt ?? ''));
  return [...first, ...couples.filter((c) => !today(c))];
}
