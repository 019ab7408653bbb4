import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { academyStreamId, tierDecisionDecider, type DecideTier } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline, commandAnswerOf } from '../../common/commands/command-pipeline.js';
import type { EventMetadata } from '@trust/event-store';

export class DecideTierCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: DecideTier,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * The tier decider on the academy's stream: it folds the stream with each event's position, so the
 * decision stores the evidence it was made on with the positions it came from, and the append expects
 * the version of the last event read (evidence recorded meanwhile fails the append; it is retried).
 */
@CommandHandler(DecideTierCommand)
export class DecideTierHandler implements ICommandHandler<DecideTierCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, metadata }: DecideTierCommand): Promise<CommandAnswer> {
    const handled = await this.pipeline.run({ streamId: academyStreamId(command.academyId), decider: tierDecisionDecider, command, metadata, subject: 'this academy' });
    const decision = handled.events.find((event) => event.type === 'TierAssigned');
    return commandAnswerOf(decision?.type === 'TierAssigned' ? decision.data.decisionId : command.decisionId, handled);
  }
}
