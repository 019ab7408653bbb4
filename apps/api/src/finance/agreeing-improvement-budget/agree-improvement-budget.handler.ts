import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { improvementBudgetDecider, improvementBudgetStreamId, type AgreeImprovementBudget } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { commandAnswerOf, CommandPipeline } from '../../common/commands/command-pipeline.js';
import { RegisteredAcademies } from '../../common/academies/registered-academies.js';
import type { EventMetadata } from '@trust/event-store';

export class AgreeImprovementBudgetCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AgreeImprovementBudget,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AgreeImprovementBudgetCommand)
export class AgreeImprovementBudgetHandler implements ICommandHandler<AgreeImprovementBudgetCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
  ) {}

  async execute({ command, metadata }: AgreeImprovementBudgetCommand): Promise<CommandAnswer> {
    await this.academies.ensure([command.academyId]);
    const handled = await this.pipeline.run({
      streamId: improvementBudgetStreamId(command.academyId, command.academicYear),
      decider: improvementBudgetDecider,
      command,
      metadata,
      subject: `the ${command.academicYear} improvement budget of academy ${command.academyId}`,
    });
    return commandAnswerOf(command.academyId, handled);
  }
}
