import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LibraryController } from './library.controller';
import { LibraryService } from './library.service';
import { PracticeExercisesStore } from './practice-exercises.store';

/**
 * The practice's exercise library (issue 18): writes only `practice_exercise` and `practice_exercise_version`.
 * Exports the read store to the exercise resolver (`ExercisesService`), the one place that turns an
 * assignment's `(key, version)` into a definition.
 */
@Module({
  imports: [AuditModule],
  controllers: [LibraryController],
  providers: [LibraryService, PracticeExercisesStore],
  exports: [PracticeExercisesStore],
})
export class LibraryModule {}
