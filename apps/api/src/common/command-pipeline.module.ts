import { Global, Module } from '@nestjs/common';
import { RegisteredAcademies } from './academies/registered-academies.js';
import { CommandPipeline } from './commands/command-pipeline.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { ImprovementPlanLookUps } from './plans/improvement-plan-look-ups.js';
import { ReadModelFreshness } from './queries/read-model-freshness.js';

/**
 * What every command and query route shares: the one command pipeline, the Idempotency-Key store, the
 * read-your-write wait, the register of academies, the academies' improvement plans as look-ups.
 */
@Global()
@Module({
  providers: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, ReadModelFreshness, RegisteredAcademies, ImprovementPlanLookUps],
  exports: [CommandPipeline, IdempotencyStore, IdempotencyInterceptor, ReadModelFreshness, RegisteredAcademies, ImprovementPlanLookUps],
})
export class CommandPipelineModule {}
