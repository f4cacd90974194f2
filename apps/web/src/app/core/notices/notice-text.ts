import type { Role, StaffNotice } from '@trp/contracts';

const ROLE_WORDS: Record<Role, string> = {
  admin: $localize`:@@core.notices.roleAdmin:the admin role`,
  counselor: $localize`:@@core.notices.roleCounselor:the counselor role`,
};

function roleList(roles: readonly Role[]): string {
  const words = roles.map((role) => ROLE_WORDS[role]);
  if (words.length < 2) return words[0] ?? '';
  const first = words.slice(0, -1).join(', ');
  const last = words[words.length - 1];
  return $localize`:@@core.notices.andList:${first}:first: and ${last}:last:`;
}

/** The date in words, in the reader's own time zone ("3 December 2026"). */
export function noticeDate(iso: string, locale?: string): string {
  return new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** One plain sentence per notice. Names and counts only: a notice never holds what a client wrote. */
export function noticeText(notice: StaffNotice, locale?: string): string {
  const on = noticeDate(notice.createdAt, locale);
  const details = notice.details;
  switch (details.kind) {
    case 'couple_reassigned': {
      const to = details.toCounselorName || $localize`:@@core.notices.anotherCounselor:another counselor`;
      const by = details.byName || $localize`:@@core.notices.anAdmin:an admin`;
      if (details.coupleLabel) {
        const label = details.coupleLabel;
        return $localize`:@@core.notices.coupleReassigned:“${label}:couple:” was given to ${to}:to: by ${by}:by: on ${on}:date:.`;
      }
      if (details.count === 1) return $localize`:@@core.notices.oneCoupleReassigned:One of your couples was given to ${to}:to: by ${by}:by: on ${on}:date:.`;
      const count = details.count;
      return $localize`:@@core.notices.couplesReassigned:${count}:count: of your couples were given to ${to}:to: by ${by}:by: on ${on}:date:.`;
    }
    case 'self_role_change': {
      const name = details.actorName || $localize`:@@core.notices.yourAdmin:Your practice admin`;
      const added = roleList(details.added);
      const removed = roleList(details.removed);
      const changes = [
        ...(details.added.length ? [$localize`:@@core.notices.gaveThemselves:gave themselves ${added}:roles:`] : []),
        ...(details.removed.length ? [$localize`:@@core.notices.removedOwn:removed ${removed}:roles: from their own account`] : []),
      ];
      const what = changes.length === 2 ? $localize`:@@core.notices.andList:${changes[0]}:first: and ${changes[1]}:last:` : (changes[0] ?? $localize`:@@core.notices.changedOwnRoles:changed their own roles`);
      return $localize`:@@core.notices.selfRoleChange:${name}:name: ${what}:changes: on ${on}:date:.`;
    }
  }
}
