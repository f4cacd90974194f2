import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { DigestController } from './digest.controller';
import { DigestService } from './digest.service';

/** The pre-session digest (issue 15): reads sessions, assignments and responses; owns no table. */
@Module({
  imports: [AccessModule, ExercisesModule],
  controllers: [DigestController],
  providers: [DigestService],
})
export class DigestModule {}
