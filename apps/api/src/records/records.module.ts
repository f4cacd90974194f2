import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { AuditModule } from '../audit/audit.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { AuditCsvController } from './audit-csv.controller';
import { CoupleErasureController, PartnerRecordsController, PortalRecordsController } from './records.controller';
import { RecordsService } from './records.service';
import { RetentionService } from './retention.service';

/** A person's data: exports (counselor and partner) and erasure (DESIGN "A person's data: export, erasure, retention"). */
@Module({
  imports: [AccessModule, AgreementsModule, AuditModule, ExercisesModule],
  controllers: [AuditCsvController, CoupleErasureController, PartnerRecordsController, PortalRecordsController],
  providers: [RecordsService, RetentionService],
})
export class RecordsModule {}
