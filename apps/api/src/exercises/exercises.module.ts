import { Module } from '@nestjs/common';
import { LibraryModule } from '../library/library.module';
import { ExercisesController } from './exercises.controller';
import { ExercisesService } from './exercises.service';

/** The exercise resolver (built-in and practice exercises) and `GET /api/exercises`. */
@Module({ imports: [LibraryModule], controllers: [ExercisesController], providers: [ExercisesService], exports: [ExercisesService] })
export class ExercisesModule {}
