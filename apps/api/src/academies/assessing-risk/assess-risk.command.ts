import { Command } from '@nestjs/cqrs';
import type { AssessRisk } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class AssessRiskCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AssessRisk,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
