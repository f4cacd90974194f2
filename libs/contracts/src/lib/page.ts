/** Every list answers one page: `nextCursor` is null on the last page; pass it back as `?cursor=`. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** `?limit=&cursor=`: limit 1–100, default 50. */
export interface PageQuery {
  readonly limit?: number;
  readonly cursor?: string;
}

export const PAGE_LIMIT = { default: 50, max: 100 } as const;
