import { Command } from '@nestjs/cqrs';
import type { CorrectKpi } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class CorrectKpiCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: CorrectKpi,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
