import { Command } from '@nestjs/cqrs';
import type { RecordKpi } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordKpiCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordKpi,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
