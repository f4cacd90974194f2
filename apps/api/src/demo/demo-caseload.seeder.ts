import { EntityManager } from 'typeorm';
import type { AssignmentStatus, Visibility } from '@trp/contracts';
import { Answers, latestDefinition, safetyFlags, scoreOf, validateAnswers } from '@trp/exercises';
import type { Perspective } from '@trp/exercises';
import { DEMO_PRACTICE_NAME } from '../accounts/demo-accounts.seeder';
import { UserAccount } from '../accounts/user-account.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { InviteLink } from '../invite-links/invite-link.entity';
import { issueInviteLink } from '../invite-links/invite-link-issuer';
import { CounselorNote } from '../notes/counselor-note.entity';
import { Practice } from '../practices/practice.entity';
import { resolvePracticeSettings } from '../practices/practice-settings';
import type { DemoContext, DemoSeeder } from './demo-data';
import * as A from './demo-answers';

const DAY = 86_400_000;

type LinkState = 'none' | 'never_opened' | 'opened' | 'expired' | 'revoked';
type Progress = { status: 'draft' | 'submitted'; answers: Answers; daysAgo: number } | null;

interface DemoAssignment {
  readonly exerciseKey: string;
  readonly createdDaysAgo: number;
  /** Negative: in the past (overdue when open). */
  readonly dueInDays?: number;
  readonly visibility?: Visibility;
  readonly status?: AssignmentStatus;
  readonly instructions?: string;
  readonly responses: readonly [Progress, Progress];
}

interface DemoCouple {
  readonly counselorEmail: string;
  readonly label: string;
  readonly archived?: boolean;
  readonly partners: readonly [DemoPartner, DemoPartner];
  readonly assignments: readonly DemoAssignment[];
  readonly notes?: readonly string[];
}

interface DemoPartner {
  readonly displayName: string;
  readonly email?: string;
  readonly perspective: Perspective;
  readonly link: LinkState;
}

const BEN = 'ben.okafor@riverside.example';
const CLARA = 'clara.lindqvist@riverside.example';
const DANA = 'dana.reyes@riverside.example';

/** The partner whose invite link is printed at start, so a newcomer can open the portal. */
const DEMO_LINK_COUPLE = 'Maya & Jonah';

/** One week of "How are things this week": trust, feeling safe, closeness, hope, and how much it weighed (reversed). */
function checkIn(trust: number, feelingSafe: number, closeness: number, hope: number, weighedOnMe: number): Answers {
  return { trust, feelingSafe, closeness, hope, weighedOnMe, safetyCheck: 'yes' };
}

/** Six weekly check-ins, oldest first, the last one waiting for review: a couple whose change over time can be charted. */
function weeklyCheckIns(hurt: readonly Answers[], involved: readonly Answers[]): DemoAssignment[] {
  return hurt.map((answers, week) => {
    const createdDaysAgo = 7 * (hurt.length - week);
    return {
      exerciseKey: 'weekly-check-in',
      createdDaysAgo,
      dueInDays: 3 - createdDaysAgo,
      status: week < hurt.length - 1 ? ('reviewed' as const) : ('open' as const),
      responses: [
        { status: 'submitted' as const, answers, daysAgo: createdDaysAgo - 2 },
        { status: 'submitted' as const, answers: involved[week] ?? answers, daysAgo: createdDaysAgo - 1 },
      ],
    };
  });
}

/** Couples in every state: links never opened, one partner done, both done, reviewed, overdue, a safety flag, archived. */
const DEMO_COUPLES: readonly DemoCouple[] = [
  {
    counselorEmail: BEN,
    label: DEMO_LINK_COUPLE,
    partners: [
      { displayName: 'Maya', email: 'maya@example.org', perspective: 'hurt', link: 'never_opened' },
      { displayName: 'Jonah', email: 'jonah@example.org', perspective: 'involved', link: 'never_opened' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 1,
        dueInDays: 6,
        instructions: 'Take your time with this one, on your own. There is no need to finish it in one go.',
        responses: [null, null],
      },
    ],
  },
  {
    counselorEmail: BEN,
    label: 'Priya & Sam',
    partners: [
      { displayName: 'Priya', email: 'priya@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Sam', perspective: 'involved', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 5,
        dueInDays: 2,
        responses: [
          { status: 'submitted', answers: A.ACKNOWLEDGE_HURT, daysAgo: 2 },
          { status: 'draft', answers: A.ACKNOWLEDGE_INVOLVED_DRAFT, daysAgo: 0 },
        ],
      },
    ],
    notes: ['Sam finds it hard to name feelings without explaining them away. Slow down in session.'],
  },
  {
    counselorEmail: BEN,
    label: 'Elena & Marcus',
    partners: [
      { displayName: 'Elena', email: 'elena@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Marcus', email: 'marcus@example.org', perspective: 'involved', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 21,
        dueInDays: -14,
        status: 'reviewed',
        responses: [
          { status: 'submitted', answers: A.ACKNOWLEDGE_HURT, daysAgo: 16 },
          { status: 'submitted', answers: A.ACKNOWLEDGE_INVOLVED, daysAgo: 15 },
        ],
      },
      {
        exerciseKey: 'communicate-openly',
        createdDaysAgo: 7,
        dueInDays: 1,
        visibility: 'after_both_submit',
        instructions: 'Do the listening part after your Sunday walk.',
        responses: [
          { status: 'submitted', answers: A.COMMUNICATE_HURT, daysAgo: 2 },
          { status: 'submitted', answers: A.COMMUNICATE_INVOLVED, daysAgo: 1 },
        ],
      },
    ],
  },
  {
    counselorEmail: BEN,
    label: 'Grace & Tomás',
    partners: [
      { displayName: 'Grace', email: 'grace@example.org', perspective: 'involved', link: 'opened' },
      { displayName: 'Tomás', email: 'tomas@example.org', perspective: 'hurt', link: 'expired' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 40,
        status: 'reviewed',
        responses: [
          { status: 'submitted', answers: A.ACKNOWLEDGE_INVOLVED_2, daysAgo: 35 },
          { status: 'submitted', answers: A.ACKNOWLEDGE_HURT_2, daysAgo: 34 },
        ],
      },
      {
        exerciseKey: 'communicate-openly',
        createdDaysAgo: 2,
        dueInDays: 10,
        responses: [null, { status: 'draft', answers: A.COMMUNICATE_HURT_DRAFT, daysAgo: 1 }],
      },
    ],
    notes: ['Debt plan agreed with a money adviser. Check how the first month went.'],
  },
  {
    counselorEmail: BEN,
    label: 'Aiko & Daniel',
    partners: [
      { displayName: 'Aiko', email: 'aiko@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Daniel', perspective: 'involved', link: 'revoked' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 10,
        dueInDays: -3,
        responses: [{ status: 'submitted', answers: A.ACKNOWLEDGE_HURT_2, daysAgo: 5 }, null],
      },
    ],
  },
  {
    counselorEmail: BEN,
    label: 'Nadia & Chris',
    partners: [
      { displayName: 'Nadia', email: 'nadia@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Chris', email: 'chris@example.org', perspective: 'involved', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'set-boundaries',
        createdDaysAgo: 6,
        dueInDays: 3,
        responses: [
          { status: 'submitted', answers: A.BOUNDARIES_HURT, daysAgo: 1 },
          { status: 'submitted', answers: A.BOUNDARIES_INVOLVED, daysAgo: 2 },
        ],
      },
    ],
  },
  {
    counselorEmail: CLARA,
    label: 'Hannah & Leo',
    partners: [
      { displayName: 'Hannah', email: 'hannah@example.org', perspective: 'involved', link: 'opened' },
      { displayName: 'Leo', email: 'leo@example.org', perspective: 'hurt', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 8,
        dueInDays: 1,
        visibility: 'after_both_submit',
        responses: [
          { status: 'submitted', answers: A.ACKNOWLEDGE_INVOLVED, daysAgo: 3 },
          { status: 'submitted', answers: A.ACKNOWLEDGE_HURT, daysAgo: 2 },
        ],
      },
    ],
  },
  {
    counselorEmail: CLARA,
    label: 'Sofia & Ravi',
    partners: [
      { displayName: 'Sofia', email: 'sofia@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Ravi', email: 'ravi@example.org', perspective: 'involved', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'communicate-openly',
        createdDaysAgo: 9,
        dueInDays: -1,
        visibility: 'in_session',
        instructions: 'We will open these together in our next session.',
        responses: [{ status: 'draft', answers: A.COMMUNICATE_HURT_DRAFT, daysAgo: 3 }, { status: 'submitted', answers: A.COMMUNICATE_INVOLVED, daysAgo: 4 }],
      },
    ],
  },
  {
    counselorEmail: CLARA,
    label: 'Ines & Paul',
    archived: true,
    partners: [
      { displayName: 'Ines', perspective: 'unspecified', link: 'none' },
      { displayName: 'Paul', perspective: 'unspecified', link: 'none' },
    ],
    assignments: [],
  },
  {
    counselorEmail: DANA,
    label: 'Zoe & Nathan',
    partners: [
      { displayName: 'Zoe', email: 'zoe@example.org', perspective: 'unspecified', link: 'never_opened' },
      { displayName: 'Nathan', perspective: 'unspecified', link: 'none' },
    ],
    assignments: [{ exerciseKey: 'acknowledge-the-breach', createdDaysAgo: 0, responses: [null, null] }],
  },
  {
    counselorEmail: DANA,
    label: 'Ruth & Omar',
    partners: [
      { displayName: 'Ruth', email: 'ruth@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Omar', email: 'omar@example.org', perspective: 'involved', link: 'opened' },
    ],
    assignments: [
      {
        exerciseKey: 'acknowledge-the-breach',
        createdDaysAgo: 30,
        status: 'reviewed',
        responses: [
          { status: 'submitted', answers: A.ACKNOWLEDGE_HURT, daysAgo: 26 },
          { status: 'submitted', answers: A.ACKNOWLEDGE_INVOLVED, daysAgo: 25 },
        ],
      },
    ],
    notes: ['Good progress. Both ready to start on boundaries next.'],
  },
  {
    counselorEmail: DANA,
    label: 'Amara & Theo',
    partners: [
      { displayName: 'Amara', email: 'amara@example.org', perspective: 'hurt', link: 'opened' },
      { displayName: 'Theo', email: 'theo@example.org', perspective: 'involved', link: 'opened' },
    ],
    assignments: weeklyCheckIns(
      [checkIn(1, 2, 1, 2, 5), checkIn(2, 2, 2, 2, 5), checkIn(2, 3, 2, 3, 4), checkIn(3, 3, 3, 3, 4), checkIn(3, 4, 3, 4, 3), checkIn(4, 4, 4, 4, 2)],
      [checkIn(3, 4, 2, 3, 4), checkIn(3, 4, 3, 4, 4), checkIn(4, 4, 3, 4, 3), checkIn(4, 4, 3, 4, 3), checkIn(4, 5, 4, 4, 3), checkIn(4, 5, 4, 5, 2)],
    ).concat({
      // Both answered their boundaries: the agreement can be worked through (decide, reword, share).
      exerciseKey: 'set-boundaries',
      createdDaysAgo: 12,
      dueInDays: -3,
      visibility: 'after_both_submit',
      responses: [
        { status: 'submitted', answers: A.BOUNDARIES_CHECK_IN_HURT, daysAgo: 5 },
        { status: 'submitted', answers: A.BOUNDARIES_CHECK_IN_INVOLVED, daysAgo: 4 },
      ],
    }),
    notes: ['Weekly check-ins since the first session. Trust is coming back slowly; Theo reads it as further along than Amara does.'],
  },
];

/**
 * The demo practice's caseload (issue 5), idempotent: created once, on the demo counselors. At every start it
 * issues a fresh invite link for one demo partner and prints it, so a newcomer can try the partner portal.
 */
export const seedDemoCaseload: DemoSeeder = async (manager: EntityManager, context?: DemoContext) => {
  const practice = await manager.findOne(Practice, { where: { name: DEMO_PRACTICE_NAME }, order: { createdAt: 'ASC' } });
  if (!practice) return [];
  const now = context?.now ?? new Date();
  const days = resolvePracticeSettings(practice.settings).inviteLinkDays;
  if (!(await manager.exists(Couple, { where: { practiceId: practice.id } }))) {
    for (const spec of DEMO_COUPLES) await createCouple(manager, practice.id, spec, now, days);
  }
  const demoCouple = await manager.findOne(Couple, { where: { practiceId: practice.id, label: DEMO_LINK_COUPLE } });
  const partner = demoCouple && (await manager.findOne(Partner, { where: { coupleId: demoCouple.id, position: 1 } }));
  if (!partner) return [];
  const issued = await issueInviteLink(manager, {
    practiceId: practice.id,
    partnerId: partner.id,
    createdByUserId: demoCouple.counselorId,
    days,
    now,
    publicUrl: context?.publicUrl ?? 'http://localhost:3000',
  });
  return [`partner portal, as ${partner.displayName} of "${demoCouple.label}": ${issued.url}`];
};

async function createCouple(manager: EntityManager, practiceId: string, spec: DemoCouple, now: Date, linkDays: number): Promise<void> {
  const counselor = await manager.findOne(UserAccount, { where: { email: spec.counselorEmail, practiceId } });
  if (!counselor) return;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const createdAt = at(Math.max(45, ...spec.assignments.map((a) => a.createdDaysAgo + 1)));
  const couple = await manager.save(
    manager.create(Couple, {
      practiceId,
      counselorId: counselor.id,
      label: spec.label,
      status: spec.archived ? 'archived' : 'active',
      archivedAt: spec.archived ? at(3) : null,
      createdAt,
    }),
  );
  const partners: Partner[] = [];
  for (const [index, p] of spec.partners.entries()) {
    const partner = await manager.save(
      manager.create(Partner, {
        practiceId,
        coupleId: couple.id,
        position: (index + 1) as 1 | 2,
        displayName: p.displayName,
        email: p.email ?? null,
        perspective: p.perspective,
        createdAt,
      }),
    );
    partners.push(partner);
    await seedLink(manager, practiceId, partner.id, counselor.id, p.link, now, linkDays);
  }
  for (const a of spec.assignments) {
    const definition = latestDefinition(a.exerciseKey);
    if (!definition) throw new Error(`Demo data: unknown exercise ${a.exerciseKey}`);
    const assignment = await manager.save(
      manager.create(Assignment, {
        practiceId,
        coupleId: couple.id,
        exerciseKey: definition.key,
        exerciseVersion: definition.version,
        instructions: a.instructions ?? null,
        dueAt: a.dueInDays === undefined ? null : new Date(now.getTime() + a.dueInDays * DAY),
        visibility: a.visibility ?? 'counselor_only',
        status: a.status ?? 'open',
        reviewedAt: a.status === 'reviewed' ? at(Math.max(0, a.createdDaysAgo - 10)) : null,
        createdByUserId: counselor.id,
        createdAt: at(a.createdDaysAgo),
        // Opened when assigned (else the column's default, the time of seeding, says every exercise opened today).
        opensAt: at(a.createdDaysAgo),
      }),
    );
    for (const [index, progress] of a.responses.entries()) {
      const partner = partners[index];
      if (!progress || !partner) continue;
      const checked = validateAnswers(definition, progress.answers, progress.status === 'submitted' ? 'submit' : 'draft');
      if (!checked.ok) throw new Error(`Demo data: invalid answers for ${spec.label}: ${JSON.stringify(checked.errors)}`);
      await manager.save(
        manager.create(Response, {
          practiceId,
          assignmentId: assignment.id,
          partnerId: partner.id,
          status: progress.status,
          answers: checked.answers,
          version: 3,
          safetyFlagged: progress.status === 'submitted' && safetyFlags(definition, checked.answers).length > 0,
          score: progress.status === 'submitted' ? (scoreOf(definition, checked.answers)?.value ?? null) : null,
          submittedAt: progress.status === 'submitted' ? at(progress.daysAgo) : null,
          createdAt: at(progress.daysAgo + 1),
          updatedAt: at(progress.daysAgo),
        }),
      );
    }
  }
  for (const [i, body] of (spec.notes ?? []).entries()) {
    await manager.save(manager.create(CounselorNote, { practiceId, coupleId: couple.id, authorUserId: counselor.id, body, createdAt: at(i + 2) }));
  }
}

async function seedLink(manager: EntityManager, practiceId: string, partnerId: string, counselorId: string, state: LinkState, now: Date, days: number): Promise<void> {
  if (state === 'none') return;
  const issuedAt = new Date(now.getTime() - (state === 'expired' ? days + 5 : 12) * DAY);
  const { link } = await issueInviteLink(manager, { practiceId, partnerId, createdByUserId: counselorId, days, now: issuedAt, publicUrl: 'http://localhost' });
  if (state === 'opened' || state === 'expired') {
    await manager.update(InviteLink, { id: link.id }, { firstOpenedAt: new Date(issuedAt.getTime() + DAY), lastOpenedAt: new Date(now.getTime() - (state === 'expired' ? 6 : 1) * DAY), useCount: 3 });
  }
  if (state === 'revoked') await manager.update(InviteLink, { id: link.id }, { revokedAt: new Date(now.getTime() - 2 * DAY) });
}

