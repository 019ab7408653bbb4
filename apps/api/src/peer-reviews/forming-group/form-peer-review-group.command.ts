import { Command } from '@nestjs/cqrs';
import type { FormPeerReviewGroup } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

/** A group as the client sends it: its id is the handler's to make. */
export type PeerReviewGroupRequest = Omit<FormPeerReviewGroup, 'type' | 'groupId'>;

export class FormPeerReviewGroupCommand extends Command<CommandAnswer> {
  constructor(
    readonly request: PeerReviewGroupRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
