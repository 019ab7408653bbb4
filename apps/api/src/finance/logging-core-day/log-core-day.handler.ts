import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { academicYearOfDelivery, coreDaysDecider, coreDaysStreamId, type LogCoreDay } from '@trust/domain';
import { aimCoreDaysOfYear } from '@trust/projections';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { commandAnswerOf, CommandPipeline } from '../../common/commands/command-pipeline.js';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { RegisteredAcademies } from '../../common/academies/registered-academies.js';
import { ImprovementPlanLookUps } from '../../common/plans/improvement-plan-look-ups.js';
import type { EventMetadata } from '@trust/event-store';

export class LogCoreDayCommand extends Command<CommandAnswer> {
  constructor(
    // The AIMs' days and the plan are looked up by the handler, not sent by the client.
    readonly command: Omit<LogCoreDay, 'aimDays' | 'plan'>,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(LogCoreDayCommand)
export class LogCoreDayHandler implements ICommandHandler<LogCoreDayCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
    private readonly plans: ImprovementPlanLookUps,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  async execute({ command, metadata }: LogCoreDayCommand): Promise<CommandAnswer> {
    // The entitlement is per academic year, so the day's year chooses the stream (a bad date → 400).
    const academicYear = academicYearOfDelivery(command.deliveredOn);
    await this.academies.ensure([command.academyId]);
    // The year's AIMs take their days out of the six first. Read from the aims read model, which trails
    // the store by moments: an AIM scheduled in that instant is counted from the next log on.
    const aimDays = await aimCoreDaysOfYear(this.pool, command.academyId, academicYear);
    // A day naming a support commitment is checked against the academy's plan for the year.
    const plan = await this.plans.forCommitment(command.commitmentId, command.academyId, academicYear);
    const handled = await this.pipeline.run({
      streamId: coreDaysStreamId(command.academyId, academicYear),
      decider: coreDaysDecider,
      command: { ...command, aimDays, ...plan },
      metadata,
      subject: `the ${academicYear} core days of academy ${command.academyId}`,
    });
    return commandAnswerOf(command.academyId, handled);
  }
}
