import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({ imports: [AccessModule, ExercisesModule], controllers: [DashboardController], providers: [DashboardService] })
export class DashboardModule {}
