import { DataSource } from 'typeorm';
import type { AssignmentStatus, Visibility } from '@trp/contracts';
import { Answers, latestDefinition, safetyFlags, SAFETY_CHECK_FIELD_ID, validateAnswers } from '@trp/exercises';
import type { Perspective } from '@trp/exercises';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { issueInviteLink } from '../invite-links/invite-link-issuer';

/**
 * Caseload fixtures for integration tests, written directly to the database (no HTTP, no audit):
 * couples with their two partners, invite links (the token is answered, only its hash is stored),
 * assignments and responses (drafts or submitted).
 */

export interface SeededCouple {
  readonly id: string;
  readonly practiceId: string;
  readonly counselorId: string;
  readonly partners: readonly [SeededPartner, SeededPartner];
}

export interface SeededPartner {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly perspective: Perspective;
}

export async function seedCouple(
  dataSource: DataSource,
  input: {
    practiceId: string;
    counselorId: string;
    label?: string;
    status?: 'active' | 'archived';
    partners?: readonly [Partial<Omit<SeededPartner, 'id'>>, Partial<Omit<SeededPartner, 'id'>>];
  },
): Promise<SeededCouple> {
  return dataSource.transaction(async (manager) => {
    const couple = await manager.save(
      manager.create(Couple, {
        practiceId: input.practiceId,
        counselorId: input.counselorId,
        label: input.label ?? 'Robin & Alex',
        status: input.status ?? 'active',
        archivedAt: input.status === 'archived' ? new Date() : null,
      }),
    );
    const specs = input.partners ?? [{}, {}];
    const partners = await manager.save(
      specs.map((spec, index) =>
        manager.create(Partner, {
          practiceId: input.practiceId,
          coupleId: couple.id,
          position: (index + 1) as 1 | 2,
          displayName: spec.displayName ?? (index === 0 ? 'Robin' : 'Alex'),
          email: spec.email === undefined ? `${index === 0 ? 'robin' : 'alex'}.${couple.id.slice(0, 8)}@example.org` : spec.email,
          perspective: spec.perspective ?? (index === 0 ? 'hurt' : 'involved'),
        }),
      ),
    );
    const [first, second] = partners.map((p) => ({ id: p.id, displayName: p.displayName, email: p.email, perspective: p.perspective }));
    return { id: couple.id, practiceId: input.practiceId, counselorId: input.counselorId, partners: [first as SeededPartner, second as SeededPartner] };
  });
}

/** Issues a live invite link for a partner (revoking the previous one); answers the token and the link's id. */
export async function seedInviteLink(
  dataSource: DataSource,
  input: { practiceId: string; partnerId: string; days?: number; now?: Date; publicUrl?: string },
): Promise<{ token: string; linkId: string; url: string; expiresAt: Date }> {
  return dataSource.transaction(async (manager) => {
    const issued = await issueInviteLink(manager, {
      practiceId: input.practiceId,
      partnerId: input.partnerId,
      createdByUserId: null,
      days: input.days ?? 30,
      now: input.now ?? new Date(),
      publicUrl: input.publicUrl ?? 'http://localhost:3000',
    });
    return { token: issued.url.slice(issued.url.lastIndexOf('/') + 1), linkId: issued.link.id, url: issued.url, expiresAt: issued.link.expiresAt };
  });
}

export async function seedAssignment(
  dataSource: DataSource,
  input: {
    practiceId: string;
    coupleId: string;
    exerciseKey?: string;
    instructions?: string | null;
    dueAt?: Date | null;
    visibility?: Visibility;
    status?: AssignmentStatus;
    createdAt?: Date;
  },
): Promise<Assignment> {
  const definition = latestDefinition(input.exerciseKey ?? 'acknowledge-the-breach');
  if (!definition) throw new Error(`seedAssignment: no exercise ${input.exerciseKey}`);
  const repository = dataSource.getRepository(Assignment);
  return repository.save(
    repository.create({
      practiceId: input.practiceId,
      coupleId: input.coupleId,
      exerciseKey: definition.key,
      exerciseVersion: definition.version,
      instructions: input.instructions ?? null,
      dueAt: input.dueAt ?? null,
      visibility: input.visibility ?? 'counselor_only',
      status: input.status ?? 'open',
      reviewedAt: input.status === 'reviewed' ? new Date() : null,
      cancelledAt: input.status === 'cancelled' ? new Date() : null,
      ...(input.createdAt && { createdAt: input.createdAt }),
    }),
  );
}

/** Valid answers to submit for an exercise (checked by validateAnswers), with `overrides` merged in. */
export function sampleAnswers(exerciseKey = 'acknowledge-the-breach', overrides: Answers = {}): Answers {
  const definition = latestDefinition(exerciseKey);
  if (!definition) throw new Error(`sampleAnswers: no exercise ${exerciseKey}`);
  const base: Record<string, Answers[string]> = { [SAFETY_CHECK_FIELD_ID]: 'yes', privateNote: 'A note just for my counselor.' };
  if (exerciseKey === 'acknowledge-the-breach') Object.assign(base, { whatHappened: 'We stopped talking after the move.', readiness: 6 });
  if (exerciseKey === 'communicate-openly') Object.assign(base, { concern: 'Late evenings without a message' });
  if (exerciseKey === 'set-boundaries') Object.assign(base, { needs: ['Honest answers when I ask'] });
  const result = validateAnswers(definition, { ...base, ...overrides }, 'submit');
  if (!result.ok) throw new Error(`sampleAnswers: invalid answers ${JSON.stringify(result.errors)}`);
  return result.answers;
}

/** A partner's response: a draft (not submitted) or a submission; the safety flag is computed from the answers. */
export async function seedResponse(
  dataSource: DataSource,
  input: { practiceId: string; assignmentId: string; partnerId: string; status: 'draft' | 'submitted'; answers?: Answers; submittedAt?: Date },
): Promise<Response> {
  const assignment = await dataSource.getRepository(Assignment).findOneByOrFail({ id: input.assignmentId });
  const definition = latestDefinition(assignment.exerciseKey);
  const answers = input.answers ?? sampleAnswers(assignment.exerciseKey);
  const repository = dataSource.getRepository(Response);
  return repository.save(
    repository.create({
      practiceId: input.practiceId,
      assignmentId: input.assignmentId,
      partnerId: input.partnerId,
      status: input.status,
      answers,
      version: 1,
      safetyFlagged: input.status === 'submitted' && definition ? safetyFlags(definition, answers).length > 0 : false,
      submittedAt: input.status === 'submitted' ? (input.submittedAt ?? new Date()) : null,
    }),
  );
}
