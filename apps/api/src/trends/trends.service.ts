import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CoupleTrends, ExerciseTrend, ScorePoint, TrendField, TrendPoint } from '@trp/contracts';
import {
  type AnswerValue,
  type EmotionKey,
  type ExerciseDefinition,
  type Field,
  fieldsOf,
  RELEASED_DEFINITIONS,
  scoreBand,
} from '@trp/exercises';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { type DefinitionLookup, ExercisesService } from '../exercises/exercises.service';
import { TRENDS_SQL } from './trends.queries';

type TrendFieldType = TrendField['type'];

/** A field that can be followed over time: a scale or an emotions field. */
function isTrendable(field: Field): field is Field & { type: TrendFieldType } {
  return field.type === 'scale' || field.type === 'emotions';
}

interface FieldShape {
  readonly fieldId: string;
  readonly label: string;
  readonly type: TrendFieldType;
  readonly min?: number;
  readonly max?: number;
}

interface ExerciseShape {
  readonly key: string;
  readonly title: string;
  /** Trendable fields across every version by id, newest wording first-found, in the newest version's order. */
  readonly fields: readonly FieldShape[];
  readonly scored: boolean;
}

/** What can be charted of each exercise, across the versions given (for the built-ins: all, computed once). */
function exerciseShapes(definitions: readonly ExerciseDefinition[]): Map<string, ExerciseShape> {
  const byKey = new Map<string, ExerciseDefinition[]>();
  for (const definition of definitions) byKey.set(definition.key, [...(byKey.get(definition.key) ?? []), definition]);
  const shapes = new Map<string, ExerciseShape>();
  for (const [key, versions] of byKey) {
    const newestFirst = [...versions].sort((a, b) => b.version - a.version);
    const fields = new Map<string, FieldShape>();
    for (const definition of newestFirst) {
      for (const field of fieldsOf(definition).filter(isTrendable)) {
        if (fields.has(field.id)) continue;
        fields.set(field.id, {
          fieldId: field.id,
          label: field.label,
          type: field.type,
          ...(field.type === 'scale' && { min: field.min, max: field.max }),
        });
      }
    }
    const scored = versions.some((definition) => definition.scoring !== undefined);
    if (fields.size === 0 && !scored) continue;
    shapes.set(key, { key, title: newestFirst[0]?.title ?? key, fields: [...fields.values()], scored });
  }
  return shapes;
}

const SHAPES = exerciseShapes(RELEASED_DEFINITIONS);

function fieldIdsOf(shapes: Iterable<ExerciseShape>): string[] {
  return [...new Set([...shapes].flatMap((shape) => shape.fields.map((field) => field.fieldId)))];
}

interface Row {
  assignment_id: string;
  exercise_key: string;
  exercise_version: number;
  partner_id: string;
  submitted_at: Date;
  score: number | null;
  values: Record<string, AnswerValue> | null;
}

/**
 * A couple's change over time (`GET /api/couples/:id/trends`): each charted exercise's scale and emotions fields,
 * and its score when scored, per partner, oldest first. Submitted answers only (never drafts), grouped across
 * versions by field id. Reads only what it charts: the non-cancelled assignments of exercises that have something to
 * chart (ix_assignment_couple_exercise) and, of each submitted response, only the chartable fields of its answers
 * (texts, private notes and safety answers are never read).
 */
@Injectable()
export class TrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly exercises: ExercisesService,
  ) {}

  /** A read that shows answers is audited once (`trends.viewed` on the couple), in the same transaction as the read. */
  forCouple(auth: AuthContext, coupleId: string): Promise<CoupleTrends> {
    return this.dataSource.transaction((manager) => this.read(manager, auth, coupleId));
  }

  private async read(manager: EntityManager, auth: AuthContext, coupleId: string): Promise<CoupleTrends> {
    const couple = await this.access.couple(auth, coupleId, manager);
    const partners = await this.access.partnersOf(couple, manager);
    const partnerIds = [...partners].sort((a, b) => a.position - b.position).map((partner) => partner.id);
    // The practice's own exercises this couple was given: their shapes across the versions used, from the one resolver.
    const customRefs: { exercise_key: string; exercise_version: number }[] = await manager.query(
      `SELECT DISTINCT exercise_key, exercise_version FROM assignment
        WHERE practice_id = $1 AND couple_id = $2 AND status <> 'cancelled' AND exercise_key LIKE 'custom-%'`,
      [couple.practiceId, couple.id],
    );
    const refs = customRefs.map((ref) => ({ exerciseKey: ref.exercise_key, exerciseVersion: ref.exercise_version }));
    const definitions = await this.exercises.lookup(couple.practiceId, refs, manager, auth.locale);
    const custom = exerciseShapes(refs.map((ref) => definitions(ref.exerciseKey, ref.exerciseVersion)).filter((d): d is ExerciseDefinition => d !== undefined));
    const shapes = [...SHAPES.values(), ...custom.values()];
    const rows: Row[] = await manager.query(
      TRENDS_SQL,
      [couple.practiceId, couple.id, shapes.map((shape) => shape.key), fieldIdsOf(shapes)],
    );
    if (rows.length > 0) {
      await this.audit.record(
        {
          practiceId: couple.practiceId,
          actor: actorOf(auth),
          action: 'trends.viewed',
          target: { type: 'couple', id: couple.id },
          details: { coupleId: couple.id, assignmentIds: [...new Set(rows.map((row) => row.assignment_id))], partnerIds: [...new Set(rows.map((row) => row.partner_id))] },
        },
        manager,
      );
    }
    const exercises: ExerciseTrend[] = [];
    for (const shape of shapes) {
      const own = rows.filter((row) => row.exercise_key === shape.key);
      if (own.length === 0) continue;
      exercises.push(exerciseTrend(shape, own, partnerIds, definitions));
    }
    return { exercises };
  }
}

function exerciseTrend(shape: ExerciseShape, rows: readonly Row[], partnerIds: readonly string[], definitions: DefinitionLookup): ExerciseTrend {
  const fields: TrendField[] = shape.fields.map((field) => ({
    ...field,
    partners: partnerIds.map((partnerId) => ({
      partnerId,
      points: rows
        .filter((row) => row.partner_id === partnerId)
        .map((row) => pointOf(field, row, definitions))
        .filter((point): point is TrendPoint => point !== undefined),
    })),
  }));
  const charted = fields.filter((field) => field.partners.some((series) => series.points.length > 0));
  return {
    exerciseKey: shape.key,
    title: shape.title,
    fields: charted,
    ...(shape.scored && {
      score: {
        partners: partnerIds.map((partnerId) => ({
          partnerId,
          points: rows
            .filter((row) => row.partner_id === partnerId && row.score !== null)
            .map((row) => scorePoint(row, row.score as number, definitions)),
        })),
      },
    }),
  };
}

function pointOf(field: FieldShape, row: Row, definitions: DefinitionLookup): TrendPoint | undefined {
  const definition = definitions(row.exercise_key, row.exercise_version);
  const own = definition && fieldsOf(definition).find((candidate) => candidate.id === field.fieldId);
  if (!own || own.type !== field.type) return undefined; // not asked in this version, or asked as something else
  const value = row.values?.[field.fieldId];
  const base = { assignmentId: row.assignment_id, submittedAt: row.submitted_at.toISOString() };
  if (field.type === 'scale') return typeof value === 'number' ? { ...base, value } : undefined;
  if (!Array.isArray(value)) return undefined;
  const emotions: Partial<Record<EmotionKey, number>> = {};
  for (const item of value as readonly { emotion?: EmotionKey; intensity?: number }[]) {
    if (item.emotion && typeof item.intensity === 'number') emotions[item.emotion] = item.intensity; // unset = no answer
  }
  return Object.keys(emotions).length > 0 ? { ...base, emotions } : undefined;
}

function scorePoint(row: Row, value: number, definitions: DefinitionLookup): ScorePoint {
  const definition = definitions(row.exercise_key, row.exercise_version);
  const band = definition ? scoreBand(definition, value) : undefined;
  return { assignmentId: row.assignment_id, submittedAt: row.submitted_at.toISOString(), value, ...(band && { band }) };
}
