import { Command } from '@nestjs/cqrs';
import type { AgreeImprovementBudget } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class AgreeImprovementBudgetCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AgreeImprovementBudget,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
