import { Command } from '@nestjs/cqrs';
import type { LogCoreDay } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class LogCoreDayCommand extends Command<CommandAnswer> {
  constructor(
    // The AIMs' days are looked up by the handler, not sent by the client.
    readonly command: Omit<LogCoreDay, 'aimDays'>,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
