import { seedDemoAccounts } from '../accounts/demo-accounts.seeder';
import { STAFF_ACCOUNT_ENTITIES } from '../accounts/staff-accounts';
import { UserAccount } from '../accounts/user-account.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { InviteLink } from '../invite-links/invite-link.entity';
import { CounselorNote } from '../notes/counselor-note.entity';
import { Practice } from '../practices/practice.entity';
import { seedDemoCaseload } from './demo-caseload.seeder';
import type { DemoPart } from './demo-data';

/** The demo practice, part by part, in the order they run: each part may use what the ones before it made. */
export const DEMO_PARTS: readonly DemoPart[] = [
  { name: 'staff accounts', seed: seedDemoAccounts, entities: STAFF_ACCOUNT_ENTITIES },
  { name: 'caseload', seed: seedDemoCaseload, entities: [Practice, UserAccount, Couple, Partner, InviteLink, Assignment, Response, CounselorNote] },
];
