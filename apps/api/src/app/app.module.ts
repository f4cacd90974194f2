import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { typeOrmOptions } from '../database/typeorm-options';
import { HealthModule } from '../health/health.module';
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
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...typeOrmOptions(databaseUrl, config.databasePoolSize),
          autoLoadEntities: true,
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}

const FEATURE_MODULES = [HealthModule];
