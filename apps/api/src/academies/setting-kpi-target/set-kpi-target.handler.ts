import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { SetKpiTargetCommand } from './set-kpi-target.command.js';

@CommandHandler(SetKpiTargetCommand)
export class SetKpiTargetHandler implements ICommandHandler<SetKpiTargetCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: SetKpiTargetCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
