import { Role, UserStatus } from '@trp/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: $localize`:@@admin.roles.admin:Admin`,
  counselor: $localize`:@@admin.roles.counselor:Counselor`,
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  counselor: $localize`:@@admin.roles.worksWithCouplesAssigns:Works with couples: assigns exercises and reads their answers.`,
  admin: $localize`:@@admin.roles.managesAccountsPracticeSettings:Manages accounts, practice settings and the audit log. Sees no clinical content.`,
};

export const STATUS_LABELS: Record<UserStatus, string> = {
  invited: $localize`:@@admin.status.invited:Invited`,
  active: $localize`:@@admin.status.active:Active`,
  deactivated: $localize`:@@admin.status.deactivated:Deactivated`,
};

export function rolesText(roles: readonly Role[]): string {
  return roles.length ? roles.map((role) => ROLE_LABELS[role]).join(', ') : $localize`:@@admin.roles.noRole:No role`;
}
