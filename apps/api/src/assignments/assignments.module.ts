import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { Assignment } from './assignment.entity';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { CoupleAssignmentsController } from './couple-assignments.controller';
import { Response } from './response.entity';
import { AssignmentSeries } from './series/assignment-series.entity';
import { SeriesSweep } from './series/series-sweep';

@Module({
  imports: [TypeOrmModule.forFeature([Assignment, Response, AssignmentSeries]), AccessModule, AuditModule, ExercisesModule],
  controllers: [CoupleAssignmentsController, AssignmentsController],
  providers: [AssignmentsService, AssignmentActionsService, SeriesSweep],
})
export class AssignmentsModule {}
