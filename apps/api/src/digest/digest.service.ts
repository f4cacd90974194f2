import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Digest, DIGEST_MAX_DAYS, DigestEntry } from '@trp/contracts';
import { type Answers, scoreBand, scoreChangesSince, type ScoredSubmission } from '@trp/exercises';
import { ExercisesService, type DefinitionLookup } from '../exercises/exercises.service';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { resolvePracticeSettings } from '../practices/practice-settings';
import { assembleDigest, DigestAssignment } from './digest-assembly';
import { DigestQueryDto } from './dto/digest.dto';
import { DigestException } from './digest.exception';
import { DIGEST_ASSIGNMENTS_SQL, DIGEST_COUNTS_SQL, DIGEST_PARTNERS_SQL, DIGEST_RESPONSES_SQL, DIGEST_SCORES_SQL, DIGEST_SESSIONS_SQL } from './digest.queries';

const DAY_MS = 24 * 60 * 60_000;

interface SessionRow {
  id: string;
  couple_id: string;
  starts_at: Date;
  duration_minutes: number;
  created_at: Date;
  label: string;
  couple_created_at: Date;
  previous_at: Date | null;
}

interface ScoreRow {
  couple_id: string;
  exercise_key: string;
  exercise_version: number;
  assignment_id: string;
  partner_id: string;
  submitted_at: Date;
  score: number;
}

/** A stored score with its band, read from the definition the assignment was made with. */
function scoredSubmission(row: ScoreRow, definitions: DefinitionLookup): ScoredSubmission {
  const definition = definitions(row.exercise_key, row.exercise_version);
  const band = definition ? scoreBand(definition, row.score) : undefined;
  return {
    exerciseKey: row.exercise_key,
    partnerId: row.partner_id,
    assignmentId: row.assignment_id,
    submittedAt: row.submitted_at.toISOString(),
    value: row.score,
    ...(band && { band }),
  };
}

/**
 * The pre-session digest: the caller's active couples' sessions in a window and, per session, what is new since
 * that couple's last session. Six queries whatever the number of sessions (digest.queries.ts); history is read
 * from the earliest "since" on only (assignments opened or submitted since then), never the whole past.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  async get(auth: AuthContext, query: DigestQueryDto): Promise<Digest> {
    const caller = this.access.counselor(auth);
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const [practice] = await manager.query(`SELECT settings FROM practice WHERE id = $1`, [caller.practiceId]);
    const zone = resolvePracticeSettings(practice?.settings).timezone;
    const from = query.from ? new Date(query.from) : startOfDayIn(now, zone);
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + 7 * DAY_MS);
    if (!(to > from) || to.getTime() - from.getTime() > DIGEST_MAX_DAYS * DAY_MS) throw new DigestException('badWindow');

    const sessions: SessionRow[] = await manager.query(DIGEST_SESSIONS_SQL, [caller.practiceId, caller.userId, from, to, now]);
    if (sessions.length === 0) return { from: from.toISOString(), to: to.toISOString(), sessions: [] };

    const coupleIds = [...new Set(sessions.map((s) => s.couple_id))];
    const sinceOf = (s: SessionRow) => s.previous_at ?? s.couple_created_at;
    const earliest = new Date(Math.min(...sessions.map((s) => sinceOf(s).getTime())));
    const scope = [caller.practiceId, coupleIds] as const;

    const [counts, partners, assignments, responses, scores] = await Promise.all([
      manager.query(DIGEST_COUNTS_SQL, [...scope, now]) as Promise<{ couple_id: string; safety_flags: number; overdue: number; ready: number }[]>,
      manager.query(DIGEST_PARTNERS_SQL, [...scope]) as Promise<{ id: string; couple_id: string; display_name: string }[]>,
      manager.query(DIGEST_ASSIGNMENTS_SQL, [...scope, earliest, now]) as Promise<{ id: string; couple_id: string; exercise_key: string; exercise_version: number; opens_at: Date }[]>,
      manager.query(DIGEST_RESPONSES_SQL, [...scope, earliest]) as Promise<{ assignment_id: string; partner_id: string; submitted_at: Date; answers: Answers }[]>,
      this.exercises.scoredKeys(caller.practiceId, manager).then((keys) => manager.query(DIGEST_SCORES_SQL, [...scope, earliest, now, keys]) as Promise<ScoreRow[]>),
    ]);

    const definitions = await this.exercises.lookup(
      caller.practiceId,
      [...assignments, ...scores].map((a) => ({ exerciseKey: a.exercise_key, exerciseVersion: a.exercise_version })),
      manager,
      auth.locale,
    );
    // The title a score change is shown under: that of the newest version scored.
    const titleOf = (key: string) => {
      const row = scores.filter((r) => r.exercise_key === key).sort((x, y) => y.exercise_version - x.exercise_version)[0];
      return (row && definitions(row.exercise_key, row.exercise_version)?.title) ?? key;
    };
    const entries = sessions.map((s): DigestEntry => {
      const since = sinceOf(s);
      const own = assignments
        .filter((a) => a.couple_id === s.couple_id)
        .flatMap((a): DigestAssignment[] => {
          const definition = definitions(a.exercise_key, a.exercise_version);
          return definition ? [{ id: a.id, opensAt: a.opens_at, definition }] : [];
        });
      const ids = new Set(own.map((a) => a.id));
      const people = partners.filter((p) => p.couple_id === s.couple_id);
      const { news, differences } = assembleDigest({
        since,
        now,
        partners: people.map((p) => ({ id: p.id, name: p.display_name })),
        assignments: own,
        responses: responses
          .filter((r) => ids.has(r.assignment_id))
          .map((r) => ({ assignmentId: r.assignment_id, partnerId: r.partner_id, submittedAt: r.submitted_at, answers: r.answers ?? {} })),
      });
      const count = counts.find((c) => c.couple_id === s.couple_id);
      return {
        session: { id: s.id, coupleId: s.couple_id, startsAt: s.starts_at.toISOString(), durationMinutes: s.duration_minutes, createdAt: s.created_at.toISOString() },
        couple: { id: s.couple_id, label: s.label },
        since: since.toISOString(),
        news,
        differences,
        scoreChanges: scoreChangesSince(
          scores.filter((row) => row.couple_id === s.couple_id).map((row) => scoredSubmission(row, definitions)),
          people.map((p) => p.id),
          since,
          now,
        ).map((change) => ({
          ...change,
          title: titleOf(change.exerciseKey),
          name: people.find((p) => p.id === change.partnerId)?.display_name ?? 'A partner',
        })),
        safetyFlags: count?.safety_flags ?? 0,
        overdue: count?.overdue ?? 0,
        readyToReview: count?.ready ?? 0,
      };
    });
    return { from: from.toISOString(), to: to.toISOString(), sessions: entries };
  }
}

/** Midnight of `now`'s calendar day in `zone`, as an instant. */
export function startOfDayIn(now: Date, zone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const wallAsUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']) % 24, Number(parts['minute']), Number(parts['second']));
  const offset = wallAsUtc - Math.floor(now.getTime() / 1000) * 1000;
  const midnightAsUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']));
  return new Date(midnightAsUtc - offset);
}
