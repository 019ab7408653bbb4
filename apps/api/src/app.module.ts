import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { AccessGuard } from './access/access.guard.js';
import { AdminModule } from './admin/admin.module.js';
import { Public } from './access/allow.decorator.js';
import type { AuthConfig } from './access/auth-config.js';
import { ConsoleModule } from './console/console.module.js';
import type { SignInOptions } from './console/sign-in-options.js';
import { AccessModule } from './access/access.module.js';
import { AcademiesModule } from './academies/academies.module.js';
import { AimsModule } from './aims/aims.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ExpertiseModule } from './expertise/expertise.module.js';
import { PeerReviewsModule } from './peer-reviews/peer-reviews.module.js';
import { CommandPipelineModule } from './common/command-pipeline.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { FinanceModule } from './finance/finance.module.js';
import { loggerParams } from './common/logging.js';
import { RequestContextMiddleware } from './common/request-context/request-context.middleware.js';
import { HealthController } from './health/health.controller.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { ImprovementPlansModule } from './improvement-plans/improvement-plans.module.js';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure/infrastructure.module.js';
import { TiersModule } from './tiers/tiers.module.js';

export interface AppModuleOptions extends InfrastructureOptions {
  logLevel: LevelWithSilent;
  /** Where logs go; stdout when absent. */
  logDestination?: DestinationStream;
  auth: AuthConfig;
  signIn: SignInOptions;
}

// Load balancers and orchestrators check /health without a token (only /health and /docs answer
// without one: docs/ACCESS.md). Marked here, with the other access wiring, rather than in health/.
Public()(HealthController);

@Module({})
export class AppModule implements NestModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { logLevel, logDestination, auth, signIn, ...infrastructure } = options;
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggerParams(logLevel, logDestination)),
        AccessModule.register(auth),
        CqrsModule.forRoot(),
        InfrastructureModule.register(infrastructure),
        CommandPipelineModule,
        AcademiesModule,
        TiersModule,
        ComplianceModule,
        FinanceModule,
        AimsModule,
        AuditModule,
        PeerReviewsModule,
        ExpertiseModule,
        ImprovementPlansModule,
        HealthModule,
        AdminModule,
        ImportsModule,
        ConsoleModule.register(signIn),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*path}');
  }
}
