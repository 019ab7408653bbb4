import { Command } from '@nestjs/cqrs';
import type { SetKpiTarget } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class SetKpiTargetCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: SetKpiTarget,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
