import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { LevelWithSilent } from 'pino';
import { AcademiesModule } from './academies/academies.module.js';
import { CommandPipelineModule } from './common/command-pipeline.module.js';
import { loggerParams } from './common/logging.js';
import { RequestContextMiddleware } from './common/request-context/request-context.middleware.js';
import { HealthModule } from './health/health.module.js';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure/infrastructure.module.js';

export interface AppModuleOptions extends InfrastructureOptions {
  logLevel: LevelWithSilent;
}

@Module({})
export class AppModule implements NestModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { logLevel, ...infrastructure } = options;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerParams(logLevel)),
        CqrsModule.forRoot(),
        InfrastructureModule.register(infrastructure),
        CommandPipelineModule,
        AcademiesModule,
        HealthModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*path}');
  }
}
