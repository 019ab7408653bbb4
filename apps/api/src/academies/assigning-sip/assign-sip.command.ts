import { Command } from '@nestjs/cqrs';
import type { AssignSip } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class AssignSipCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AssignSip,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
