import { Command } from '@nestjs/cqrs';
import type { RecordVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: Pick<RecordVisit, 'observations' | 'feedback' | 'actionsForNextAim' | 'safeguardingConcerns'>,
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
