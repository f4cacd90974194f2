import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { TrendsController } from './trends.controller';
import { TrendsService } from './trends.service';

/** Change over time (issue 16): reads submitted answers of the assignments feature, writes nothing. */
@Module({
  imports: [AccessModule, AuditModule, ExercisesModule],
  controllers: [TrendsController],
  providers: [TrendsService],
})
export class TrendsModule {}
