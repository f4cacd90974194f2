import { EntityManager, In } from 'typeorm';
import { getDefinition, type ExerciseDefinition } from '@trp/exercises';
import { Assignment } from '../assignments/assignment.entity';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Partner } from '../couples/partner.entity';
import { PortalException } from './portal.exception';

/** Assignment statuses a partner sees: cancelled ones are gone for them. */
export const VISIBLE_STATUSES = ['open', 'reviewed'] as const;

/**
 * Record-level access of the portal, in one place: an assignment of the caller's own couple, in the caller's
 * practice, not cancelled — anything else (another couple, another practice, cancelled, absent) is a 404.
 */
export async function ownAssignment(manager: EntityManager, auth: PartnerAuthContext, id: string): Promise<Assignment> {
  const assignment = await manager.findOne(Assignment, {
    where: { id, practiceId: auth.practiceId, coupleId: auth.coupleId, status: In([...VISIBLE_STATUSES]) },
  });
  if (!assignment) throw new PortalException('assignmentNotFound');
  return assignment;
}

/** The definition an assignment was made with (released definitions are kept forever). */
export function definitionOf(assignment: Pick<Assignment, 'exerciseKey' | 'exerciseVersion'>): ExerciseDefinition {
  const definition = getDefinition(assignment.exerciseKey, assignment.exerciseVersion);
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
