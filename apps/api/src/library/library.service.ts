import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LibraryExercise, Page } from '@trp/contracts';
import { type ExerciseDefinition, type Section, validateDefinition, withClosingSection } from '@trp/exercises';
import { DataSource, EntityManager } from 'typeorm';
import { AccessException } from '../access/access.exception';
import { decideLibraryExerciseAccess, isCounselor } from '../access/access-rules';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext, StaffAuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import type { FieldError } from '../common/error-body';
import { LibraryExerciseBodyDto, toLibraryExercise } from './dto/library-exercise.dto';
import { LibraryException } from './library.exception';
import { PracticeExerciseRecord, PracticeExercisesStore } from './practice-exercises.store';

/** At most this many problems are listed in one 400 (a huge bad definition must not make a huge answer). */
const MAX_ERRORS = 50;
const SLUG_MAX = 40;

/** `custom-<slug of the title>-<6 random lowercase letters and digits>`. */
export function practiceExerciseKey(title: unknown, random: Buffer = randomBytes(6)): string {
  const slug =
    (typeof title === 'string' ? title : '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, SLUG_MAX)
      .replace(/^-+|-+$/g, '') || 'exercise';
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const short = [...random.subarray(0, 6)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `custom-${slug}-${short}`;
}

/**
 * The practice's exercise library (DESIGN.md, "Practice exercise library"): writes `practice_exercise` and
 * `practice_exercise_version` only. Every saved change is a new version row; old ones stay (assignments name theirs).
 */
@Injectable()
export class LibraryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: PracticeExercisesStore,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, archived?: boolean): Promise<Page<LibraryExercise>> {
    const caller = this.counselor(auth);
    const records = await this.store.list(caller.practiceId, archived);
    return { items: records.map((record) => this.view(caller, record)), nextCursor: null };
  }

  async get(auth: AuthContext, key: string): Promise<LibraryExercise> {
    const caller = this.counselor(auth);
    return this.view(caller, await this.readable(caller, key));
  }

  async create(auth: AuthContext, body: LibraryExerciseBodyDto): Promise<LibraryExercise> {
    const caller = this.counselor(auth);
    const key = practiceExerciseKey(body.title);
    const definition = checked(key, 1, { title: body.title, summary: body.summary, sections: body.sections, scoring: body.scoring });
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO practice_exercise (practice_id, key, author_user_id, latest_version, created_at, updated_at)
         VALUES ($1, $2, $3, 1, $4, $4) RETURNING id`,
        [caller.practiceId, key, caller.userId, now],
      );
      const id = row?.id ?? '';
      await this.insertVersion(manager, caller, id, definition, now);
      await this.audit.record(
        { practiceId: caller.practiceId, actor: actorOf(caller), action: 'library.exercise_created', target: { type: 'library_exercise', id }, details: { exerciseKey: key, exerciseVersion: 1 } },
        manager,
      );
      return this.view(caller, await this.mustFind(manager, caller, key));
    });
  }

  async update(auth: AuthContext, key: string, body: LibraryExerciseBodyDto): Promise<LibraryExercise> {
    const caller = this.counselor(auth);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.editable(caller, key, manager);
      if (current.archivedAt) throw new LibraryException('archived');
      if (body.version !== undefined) {
        if (typeof body.version !== 'number' || !Number.isInteger(body.version)) {
          throw invalid([{ field: 'version', message: 'Must be the whole number of the version you edited.' }]);
        }
        if (body.version !== current.latestVersion) {
          throw new LibraryException('staleVersion', { current: this.view(caller, current) });
        }
      }
      const latest = current.definition;
      const merged = {
        title: body.title === undefined ? latest.title : body.title,
        summary: body.summary === undefined ? latest.summary : body.summary,
        sections: body.sections === undefined ? latest.sections : body.sections,
        scoring: body.scoring === undefined ? latest.scoring : body.scoring,
      };
      const next = checked(key, current.latestVersion + 1, merged);
      const unchanged = isDeepStrictEqual(JSON.parse(JSON.stringify({ ...next, version: latest.version })), JSON.parse(JSON.stringify(latest)));
      if (unchanged) return this.view(caller, current);
      const now = this.clock.now();
      await this.insertVersion(manager, caller, current.id, next, now);
      await manager.query(`UPDATE practice_exercise SET latest_version = $2, updated_at = $3 WHERE id = $1`, [current.id, next.version, now]);
      await this.audit.record(
        {
          practiceId: caller.practiceId,
          actor: actorOf(caller),
          action: 'library.exercise_updated',
          target: { type: 'library_exercise', id: current.id },
          details: { exerciseKey: key, exerciseVersion: next.version, fromVersion: current.latestVersion },
        },
        manager,
      );
      return this.view(caller, await this.mustFind(manager, caller, key));
    });
  }

  /** Archives: gone from `GET /api/exercises` and the assign dialog; assignments made with it keep working. Again: no change. */
  async archive(auth: AuthContext, key: string): Promise<LibraryExercise> {
    const caller = this.counselor(auth);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.editable(caller, key, manager);
      if (current.archivedAt) return this.view(caller, current);
      await manager.query(`UPDATE practice_exercise SET archived_at = $2, archived_by_user_id = $3 WHERE id = $1`, [current.id, this.clock.now(), caller.userId]);
      await this.audit.record(
        {
          practiceId: caller.practiceId,
          actor: actorOf(caller),
          action: 'library.exercise_archived',
          target: { type: 'library_exercise', id: current.id },
          details: { exerciseKey: key, exerciseVersion: current.latestVersion },
        },
        manager,
      );
      return this.view(caller, await this.mustFind(manager, caller, key));
    });
  }

  private counselor(auth: AuthContext): StaffAuthContext {
    if (!isCounselor(auth)) throw new AccessException('notCounselor');
    return auth;
  }

  private view(caller: StaffAuthContext, record: PracticeExerciseRecord): LibraryExercise {
    return toLibraryExercise(record, decideLibraryExerciseAccess(caller, record, 'edit') === 'allow');
  }

  private async readable(caller: StaffAuthContext, key: string): Promise<PracticeExerciseRecord> {
    const record = await this.store.find(caller.practiceId, key);
    if (decideLibraryExerciseAccess(caller, record, 'read') !== 'allow' || !record) throw new LibraryException('exerciseNotFound');
    return record;
  }

  private async editable(caller: StaffAuthContext, key: string, manager: EntityManager): Promise<PracticeExerciseRecord> {
    const record = await this.store.find(caller.practiceId, key, manager, true);
    const decision = decideLibraryExerciseAccess(caller, record, 'edit');
    if (decision === 'forbidden') throw new LibraryException('notEditor');
    if (decision !== 'allow' || !record) throw new LibraryException('exerciseNotFound');
    return record;
  }

  private async mustFind(manager: EntityManager, caller: StaffAuthContext, key: string): Promise<PracticeExerciseRecord> {
    const record = await this.store.find(caller.practiceId, key, manager);
    if (!record) throw new LibraryException('exerciseNotFound');
    return record;
  }

  private async insertVersion(manager: EntityManager, caller: StaffAuthContext, exerciseId: string, definition: ExerciseDefinition, now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO practice_exercise_version (practice_id, exercise_id, version, definition, created_by_user_id, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
      [caller.practiceId, exerciseId, definition.version, JSON.stringify(definition), caller.userId, now],
    );
  }
}

/**
 * The definition the server stores: the caller's parts with the key and version set and the closing section
 * appended, checked by the one schema. Any problem is a 400 naming its path; nothing is written.
 */
function checked(key: string, version: number, parts: { title: unknown; summary: unknown; sections: unknown; scoring: unknown }): ExerciseDefinition {
  if (Array.isArray(parts.sections)) {
    const own = withClosingSection(parts.sections as Section[]).length - 1;
    if (own === 0) throw invalid([{ field: 'sections', message: 'Add at least one section of your own (the closing section for the counselor is added for you).' }]);
  }
  const candidate = {
    key,
    version,
    title: parts.title,
    summary: parts.summary,
    sections: Array.isArray(parts.sections) ? withClosingSection(parts.sections as Section[]) : parts.sections,
    ...(parts.scoring !== undefined && parts.scoring !== null && { scoring: parts.scoring }),
  };
  const result = validateDefinition(candidate);
  if (!result.ok) throw invalid(result.errors.map((error) => ({ field: error.path, message: error.message })));
  return result.definition;
}

function invalid(errors: readonly FieldError[]): LibraryException {
  const shown = errors.slice(0, MAX_ERRORS);
  const message = shown.map((error) => (error.field ? `${error.field}: ${error.message}` : error.message)).join('; ');
  return new LibraryException('invalidDefinition', { errors: shown }, message);
}
