import type { Role, StaffNotice } from '@trp/contracts';

const ROLE_WORDS: Record<Role, string> = { admin: 'admin', counselor: 'counselor' };

function roleList(roles: readonly Role[]): string {
  const words = roles.map((role) => `the ${ROLE_WORDS[role]} role`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '');
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
      const what = details.coupleLabel ? `“${details.coupleLabel}” was` : details.count === 1 ? 'One of your couples was' : `${details.count} of your couples were`;
      return `${what} given to ${details.toCounselorName || 'another counselor'} by ${details.byName || 'an admin'} on ${on}.`;
    }
    case 'self_role_change': {
      const name = details.actorName || 'Your practice admin';
      const changes = [
        ...(details.added.length ? [`gave themselves ${roleList(details.added)}`] : []),
        ...(details.removed.length ? [`removed ${roleList(details.removed)} from their own account`] : []),
      ];
      return `${name} ${changes.join(' and ') || 'changed their own roles'} on ${on}.`;
    }
  }
}
