import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { AlertsModule } from '../alerts/alerts.module';
import { AuditModule } from '../audit/audit.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { InviteLink } from '../invite-links/invite-link.entity';
import { PracticesModule } from '../practices/practices.module';
import { PartnerSessionsModule } from '../auth/partner-sessions/partner-sessions.module';
import { PortalAssignmentsService } from './portal-assignments.service';
import { PortalResponsesService } from './portal-responses.service';
import { PortalSessionService } from './portal-session.service';
import { PortalController } from './portal.controller';

/** The partner portal API (`/api/portal/*`): invite-link exchange, partner sessions, own assignments, drafts, submission. */
@Module({
  imports: [TypeOrmModule.forFeature([Couple, Partner, InviteLink, Assignment, Response]), PartnerSessionsModule, AuditModule, PracticesModule, AlertsModule, ExercisesModule],
  controllers: [PortalController],
  providers: [PortalSessionService, PortalAssignmentsService, PortalResponsesService],
})
export class PortalModule {}
