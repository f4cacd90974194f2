import type { Answers } from '@trp/exercises';

/** A draft kept on this device until the server confirms it. */
export interface LocalDraft {
  readonly answers: Answers;
  /** The server version these answers were typed on top of (0: none yet). */
  readonly baseVersion: number;
  /** When it was typed (ms since epoch, this device's clock). */
  readonly changedAt: number;
}

const PREFIX = 'trp-portal-draft';

/**
 * Drafts in localStorage, keyed by partner and assignment (two partners sharing a phone never see each other's).
 * Written on every change, removed once the server has confirmed exactly these answers. Storage may be
 * unavailable (private mode, full): then it silently does nothing — the server save still runs.
 */
export class LocalDrafts {
  constructor(private readonly storage: Storage | null = safeLocalStorage()) {}

  key(partnerId: string, assignmentId: string): string {
    return `${PREFIX}:${partnerId}:${assignmentId}`;
  }

  read(partnerId: string, assignmentId: string): LocalDraft | null {
    try {
      const raw = this.storage?.getItem(this.key(partnerId, assignmentId));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<LocalDraft>;
      if (!parsed || typeof parsed !== 'object' || typeof parsed.answers !== 'object' || parsed.answers === null) return null;
      return { answers: parsed.answers, baseVersion: Number(parsed.baseVersion) || 0, changedAt: Number(parsed.changedAt) || 0 };
    } catch {
      return null;
    }
  }

  write(partnerId: string, assignmentId: string, draft: LocalDraft): void {
    try {
      this.storage?.setItem(this.key(partnerId, assignmentId), JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the server save is the copy that counts.
    }
  }

  remove(partnerId: string, assignmentId: string): void {
    try {
      this.storage?.removeItem(this.key(partnerId, assignmentId));
    } catch {
      // nothing to do
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Same answers, whatever the key order (answers are JSON). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What to start the form with, given the server's answers and a local copy:
 * - no local copy, or the server has a submission → the server's;
 * - a local copy typed on top of the server's current version (unsaved here) → the local one, to be saved;
 * - a local copy typed on an older version, and the server moved on (another device) with different answers →
 *   a conflict for the partner to decide; with the same answers → the server's.
 */
export type DraftStart =
  | { readonly kind: 'server' }
  | { readonly kind: 'local'; readonly answers: Answers }
  | { readonly kind: 'conflict'; readonly local: Answers };

export function decideStart(server: { status: string; version: number; answers: Answers }, local: LocalDraft | null): DraftStart {
  if (!local || server.status === 'submitted') return { kind: 'server' };
  if (sameAnswers(local.answers, server.answers)) return { kind: 'server' };
  if (local.baseVersion >= server.version) return { kind: 'local', answers: local.answers };
  return { kind: 'conflict', local: local.answers };
}
