import { Command } from '@nestjs/cqrs';
import type { LogCoreDay } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class LogCoreDayCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: LogCoreDay,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
