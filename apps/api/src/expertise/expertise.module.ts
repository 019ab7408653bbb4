import { Module } from '@nestjs/common';
import { ExpertiseCommandRunner } from './expertise-command-runner.js';
import { RegisterExpertiseController } from './registering-expertise/register-expertise.controller.js';
import { RegisterExpertiseHandler } from './registering-expertise/register-expertise.handler.js';
import { SearchExpertiseController } from './searching-expertise/search-expertise.controller.js';
import { SearchExpertiseHandler } from './searching-expertise/search-expertise.handler.js';
import { UpdateExpertiseController } from './updating-expertise/update-expertise.controller.js';
import { UpdateExpertiseHandler } from './updating-expertise/update-expertise.handler.js';
import { WithdrawExpertiseController } from './withdrawing-expertise/withdraw-expertise.controller.js';
import { WithdrawExpertiseHandler } from './withdrawing-expertise/withdraw-expertise.handler.js';

/** The database of expertise (seed 003): staff and their areas of strength, searched when brokering support. */
@Module({
  controllers: [RegisterExpertiseController, UpdateExpertiseController, WithdrawExpertiseController, SearchExpertiseController],
  providers: [ExpertiseCommandRunner, RegisterExpertiseHandler, UpdateExpertiseHandler, WithdrawExpertiseHandler, SearchExpertiseHandler],
})
export class ExpertiseModule {}
