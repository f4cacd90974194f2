/** A counselling session of one couple, stored as an instant and shown in the practice's time zone. */
export interface Session {
  readonly id: string;
  readonly coupleId: string;
  /** ISO 8601 instant. */
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly createdAt: string;
}

/** `POST /api/couples/:id/sessions`: `startsAt` an ISO 8601 date-time with its offset (`Z` or `+02:00`). */
export interface CreateSessionBody {
  readonly startsAt: string;
  readonly durationMinutes?: number;
}

export const SESSION_DURATION = { min: 10, max: 480, default: 50 } as const;
