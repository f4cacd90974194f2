import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';
import { PortalAgreementsController } from './portal-agreements.controller';

/** The boundaries agreement (issue 16): writes only `agreement` and `agreement_item`; reads submitted answers. */
@Module({
  imports: [AccessModule, AuditModule, ExercisesModule],
  controllers: [AgreementsController, PortalAgreementsController],
  providers: [AgreementsService],
  exports: [AgreementsService],
})
export class AgreementsModule {}
