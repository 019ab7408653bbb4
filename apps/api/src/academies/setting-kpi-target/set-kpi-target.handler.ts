import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { SetKpiTargetCommand } from './set-kpi-target.command.js';

@CommandHandler(SetKpiTargetCommand)
export class SetKpiTargetHandler implements ICommandHandler<SetKpiTargetCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: SetKpiTargetCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
