import { Command } from '@nestjs/cqrs';
import type { RegisterAcademy } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RegisterAcademyCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RegisterAcademy,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
