import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { NoticesModule } from '../notices/notices.module';
import { PracticesModule } from '../practices/practices.module';
import { CoupleReassignmentController, OrphanedCouplesController } from './couple-reassignment.controller';
import { CoupleReassignmentService } from './couple-reassignment.service';
import { Couple } from './couple.entity';
import { CouplesController } from './couples.controller';
import { CouplesService } from './couples.service';
import { OrphanedCouplesService } from './orphaned-couples.service';
import { Partner } from './partner.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Couple, Partner]), AccessModule, AuditModule, NoticesModule, PracticesModule],
  controllers: [CouplesController, CoupleReassignmentController, OrphanedCouplesController],
  providers: [CouplesService, CoupleReassignmentService, OrphanedCouplesService],
})
export class CouplesModule {}
