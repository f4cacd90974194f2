import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { typeOrmOptions } from '../database/typeorm-options';
import { AccountsModule } from '../accounts/accounts.module';
import { AdminModule } from '../admin/admin.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ClockModule } from '../common/clock';
import { ExercisesModule } from '../exercises/exercises.module';
import { LibraryModule } from '../library/library.module';
import { HealthModule } from '../health/health.module';
import { JobsModule } from '../jobs/jobs.module';
import { MfaModule } from '../mfa/mfa.module';
import { NoticesModule } from '../notices/notices.module';
import { PortalModule } from '../portal/portal.module';
import { RecordsModule } from '../records/records.module';
import { SharedPhoneModule } from '../shared-phone/shared-phone.module';
import { PracticesModule } from '../practices/practices.module';
import { RemindersModule } from '../reminders/reminders.module';
import { WORKSPACE_MODULES } from '../access/workspace-modules';
import { createValidationPipe } from '../common/validation.pipe';
import { loggerOptions } from './logger-options';

/** The whole API. Feature modules are listed in FEATURE_MODULES. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...typeOrmOptions(databaseUrl, config.databasePoolSize),
          autoLoadEntities: true,
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
        JobsModule.forRoot(databaseUrl),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}

const FEATURE_MODULES = [HealthModule, AuditModule, NoticesModule, PracticesModule, AccountsModule, MfaModule, AuthModule, AdminModule, ExercisesModule, LibraryModule, ...WORKSPACE_MODULES, PortalModule, RecordsModule, SharedPhoneModule, RemindersModule];
