import { EntityManager, FindOptionsWhere, In, LessThanOrEqual } from 'typeorm';
import type { Locale } from '@trp/contracts';
import type { ExerciseDefinition } from '@trp/exercises';
import { Assignment } from '../assignments/assignment.entity';
import type { PartnerAuthContext } from '../auth/auth-context';
import type { ExercisesService } from '../exercises/exercises.service';
import { Partner } from '../couples/partner.entity';
import { PortalException } from './portal.exception';

/** Assignment statuses a partner sees: cancelled ones are gone for them. */
export const VISIBLE_STATUSES = ['open', 'reviewed'] as const;

/**
 * The one rule of what a partner sees of their couple's assignments: in the caller's practice and couple, not
 * cancelled, and opened (`opens_at` reached by the Clock). Every portal read and write goes through it: the list
 * (`partnerVisible`), one assignment (`ownAssignment`), drafts and submissions; raw SQL (reminders, counts) uses
 * `VISIBLE_TO_PARTNER_SQL`.
 */
export function partnerVisible(auth: PartnerAuthContext, now: Date): FindOptionsWhere<Assignment> {
  return { practiceId: auth.practiceId, coupleId: auth.coupleId, status: In([...VISIBLE_STATUSES]), opensAt: LessThanOrEqual(now) };
}

/**
 * The same rule as `partnerVisible` for raw SQL over `assignment` aliased `a`, with the instant "now" as parameter
 * `$<nowParameter>` (the couple and practice are the query's own scope).
 */
export function VISIBLE_TO_PARTNER_SQL(nowParameter: number, alias = 'a'): string {
  return `${alias}.status IN (${VISIBLE_STATUSES.map((s) => `'${s}'`).join(', ')}) AND ${alias}.opens_at <= $${nowParameter}`;
}

/**
 * Record-level access of the portal, in one place: an assignment the caller may see (`partnerVisible`) — anything
 * else (another couple, another practice, cancelled, not open yet, absent) is a 404.
 */
export async function ownAssignment(manager: EntityManager, auth: PartnerAuthContext, id: string, now: Date): Promise<Assignment> {
  const assignment = await manager.findOne(Assignment, { where: { id, ...partnerVisible(auth, now) } });
  if (!assignment) throw new PortalException('assignmentNotFound');
  return assignment;
}

/**
 * The definition an assignment was made with, from the one resolver (built-in or the practice's own version;
 * every version is kept forever, archived or not), in the partner's language.
 */
export async function definitionOf(
  exercises: ExercisesService,
  assignment: Pick<Assignment, 'practiceId' | 'exerciseKey' | 'exerciseVersion'>,
  manager: EntityManager | undefined,
  locale: Locale,
): Promise<ExerciseDefinition> {
  const definition = await exercises.definition(assignment.practiceId, assignment.exerciseKey, assignment.exerciseVersion, manager, locale);
  // A stored assignment always names a released definition; without one it cannot be shown or answered.
  if (!definition) throw new PortalException('assignmentNotFound');
  return definition;
}

/** The caller and the other partner of the caller's couple. */
export async function partnersOf(manager: EntityManager, auth: PartnerAuthContext): Promise<{ me: Partner; other: Partner | null }> {
  const partners = await manager.find(Partner, { where: { coupleId: auth.coupleId, practiceId: auth.practiceId } });
  const me = partners.find((p) => p.id === auth.partnerId);
  if (!me) throw new PortalException('assignmentNotFound');
  return { me, other: partners.find((p) => p.id !== auth.partnerId) ?? null };
}

