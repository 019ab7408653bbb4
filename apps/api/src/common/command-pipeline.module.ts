import { Global, Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { ReadModelFreshness } from './queries/read-model-freshness.js';

/** What every command and query route shares: the Idempotency-Key store and the read-your-write wait. */
@Global()
@Module({
  providers: [IdempotencyStore, IdempotencyInterceptor, ReadModelFreshness],
  exports: [IdempotencyStore, IdempotencyInterceptor, ReadModelFreshness],
})
export class CommandPipelineModule {}
