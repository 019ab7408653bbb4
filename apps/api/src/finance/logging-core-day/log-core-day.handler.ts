import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { academicYearOfDelivery, coreDaysDecider, coreDaysStreamId } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { commandAnswerOf, FinanceCommandPipeline } from '../finance-command-pipeline.js';
import { RegisteredAcademies } from '../registered-academies.js';
import { LogCoreDayCommand } from './log-core-day.command.js';

@CommandHandler(LogCoreDayCommand)
export class LogCoreDayHandler implements ICommandHandler<LogCoreDayCommand> {
  constructor(
    private readonly pipeline: FinanceCommandPipeline,
    private readonly academies: RegisteredAcademies,
  ) {}

  async execute({ command, metadata }: LogCoreDayCommand): Promise<CommandAnswer> {
    // The entitlement is per academic year, so the day's year chooses the stream (a bad date → 400).
    const academicYear = academicYearOfDelivery(command.deliveredOn);
    await this.academies.ensure([command.academyId]);
    const handled = await this.pipeline.execute({
      streamId: coreDaysStreamId(command.academyId, academicYear),
      decider: coreDaysDecider,
      command,
      metadata,
      appends: 'CoreDayLogged',
      subject: `the ${academicYear} core days of academy ${command.academyId}`,
    });
    return commandAnswerOf(command.academyId, handled);
  }
}
