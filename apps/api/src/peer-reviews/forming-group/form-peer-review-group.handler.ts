import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { peerReviewGroupDecider, peerReviewGroupStreamId, type FormPeerReviewGroup } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { RegisteredAcademies } from '../../common/academies/registered-academies.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import type { EventMetadata } from '@trust/event-store';

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

@CommandHandler(FormPeerReviewGroupCommand)
export class FormPeerReviewGroupHandler implements ICommandHandler<FormPeerReviewGroupCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
  ) {}

  async execute({ request, metadata }: FormPeerReviewGroupCommand): Promise<CommandAnswer> {
    const groupId = recordIdFor('peer-review', metadata, 'group');
    const command = { type: 'FormPeerReviewGroup' as const, groupId, ...request };
    // Validated first, at any date (400 naming the field), then every member academy must be registered (404);
    // the pipeline then decides it for real, on the clock.
    peerReviewGroupDecider.decide(command, peerReviewGroupDecider.initialState(), { now: new Date(0) });
    await this.academies.ensure(request.members.map((member) => member.academyId));
    return this.pipeline.answer(groupId, {
      streamId: peerReviewGroupStreamId(groupId),
      decider: peerReviewGroupDecider,
      command,
      metadata,
    });
  }
}
