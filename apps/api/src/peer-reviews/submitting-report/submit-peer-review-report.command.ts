import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class SubmitPeerReviewReportCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: { headteacherId?: string; summary: string; submittedOn?: string },
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
