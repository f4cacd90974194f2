export interface DashboardCouple {
  readonly id: string;
  readonly label: string;
  readonly partnerNames: readonly string[];
  /** Assignments submitted by both partners / assignments not cancelled. */
  readonly completed: number;
  readonly assigned: number;
  readonly safetyFlag: boolean;
  readonly lastActivityAt?: string;
  /** The couple's session going on now, else its next one (sessions feature). */
  readonly nextSessionAt?: string;
}

export interface DashboardAssignmentItem {
  readonly assignmentId: string;
  readonly coupleId: string;
  readonly coupleLabel: string;
  readonly exerciseKey: string;
  readonly exerciseTitle: string;
  readonly dueAt?: string;
  readonly submittedCount: number;
  readonly safetyFlag: boolean;
}

/** `GET /api/dashboard` */
export interface Dashboard {
  readonly safetyFlags: readonly DashboardAssignmentItem[];
  readonly readyToReview: readonly DashboardAssignmentItem[];
  readonly overdue: readonly DashboardAssignmentItem[];
  readonly caseload: readonly DashboardCouple[];
}
