/** API paths of the boundaries agreement (DESIGN.md, "Change over time" → "Boundaries agreement"). */
export const AGREEMENT_ROUTES = {
  agreement: (assignmentId: string) => `/api/assignments/${assignmentId}/agreement`,
  item: (assignmentId: string, itemId: string) => `/api/assignments/${assignmentId}/agreement/items/${itemId}`,
  share: (assignmentId: string) => `/api/assignments/${assignmentId}/agreement/share`,
  portalAgreements: '/api/portal/agreements',
} as const;

export type AgreementDecision = 'undecided' | 'agreed' | 'discuss' | 'not_agreed';
export const AGREEMENT_DECISIONS: readonly AgreementDecision[] = ['undecided', 'agreed', 'discuss', 'not_agreed'];
export const AGREEMENT_ITEM_MAX_LENGTH = 300;

export interface AgreementItemView {
  readonly id: string;
  readonly fieldId: string;
  readonly text: string;
  /** Who wrote it: one partner id, or both when both wrote the same. Counselor only. */
  readonly from: readonly string[];
  readonly decision: AgreementDecision;
}

/**
 * GET /api/assignments/:id/agreement (counselor). `draft`: not shared yet, or changed since it was last shared;
 * `sharedAt`: when it was last shared with the partners.
 */
export interface AgreementView {
  readonly status: 'draft' | 'shared';
  readonly sharedAt?: string;
  readonly items: readonly AgreementItemView[];
}

/** PATCH /api/assignments/:id/agreement/items/:itemId: at least one of them. */
export interface UpdateAgreementItemBody {
  readonly decision?: AgreementDecision;
  readonly text?: string;
}

/** One shared agreement as partners read it: the agreed items' text only (never who wrote what). */
export interface PortalAgreement {
  readonly assignmentId: string;
  readonly title: string;
  readonly sharedAt: string;
  /** 1 for the first share, one more for each share after a change. */
  readonly version: number;
  readonly items: readonly { readonly fieldId: string; readonly heading: string; readonly text: string }[];
}
