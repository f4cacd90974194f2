import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import '../demo/demo-caseload.seeder';
import { CoupleReassignmentController } from './couple-reassignment.controller';
import { CoupleReassignmentService } from './couple-reassignment.service';
import { Couple } from './couple.entity';
import { CouplesController } from './couples.controller';
import { CouplesService } from './couples.service';
import { Partner } from './partner.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Couple, Partner]), AccessModule, AuditModule],
  controllers: [CouplesController, CoupleReassignmentController],
  providers: [CouplesService, CoupleReassignmentService],
})
export class CouplesModule {}
