import { AgreementsModule } from '../agreements/agreements.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CouplesModule } from '../couples/couples.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { DigestModule } from '../digest/digest.module';
import { InviteLinksModule } from '../invite-links/invite-links.module';
import { NotesModule } from '../notes/notes.module';
import { TrendsModule } from '../trends/trends.module';
import { SessionsModule } from '../sessions/sessions.module';

/** The counselor workspace (issue 5), registered in AppModule's FEATURE_MODULES as one entry. */
export const WORKSPACE_MODULES = [CouplesModule, InviteLinksModule, AssignmentsModule, NotesModule, SessionsModule, DashboardModule, DigestModule, TrendsModule, AgreementsModule];
