import { Injectable } from '@nestjs/common';
import { parseRecordId, peerReviewVisitDecider, peerReviewVisitStreamId, type PeerReviewVisitCommand, type PeerReviewVisitEvent, type ScheduledReviewVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../access/access-grant.js';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { PeerReviewDiary } from './peer-review-diary.js';
import { PeerReviewCommandPipeline } from './peer-review-pipeline.js';
import { ensureMayReadVisit } from './peer-review-readers.js';

/**
 * Runs a command on a visit's stream: finds the visit in its group's diary (404 from the domain when the
 * group has no such visit), refuses anyone who may not read the visit (403: whoever writes to a confidential
 * visit must be one of its readers), then decides and appends.
 */
@Injectable()
export class VisitCommandRunner {
  constructor(
    private readonly diary: PeerReviewDiary,
    private readonly pipeline: PeerReviewCommandPipeline,
  ) {}

  async run(
    ids: { groupId: string; visitId: string },
    grant: AccessGrant,
    metadata: EventMetadata,
    commandFor: (visit: ScheduledReviewVisit | null) => PeerReviewVisitCommand,
    appends: readonly PeerReviewVisitEvent['type'][],
  ): Promise<CommandAnswer> {
    const groupId = parseRecordId(ids.groupId, 'groupId');
    const visitId = parseRecordId(ids.visitId, 'visitId');
    const visit = await this.diary.visit(groupId, visitId);
    if (visit !== null) ensureMayReadVisit(visit, grant);
    return this.pipeline.execute({
      id: visitId,
      streamId: peerReviewVisitStreamId(visitId),
      decider: peerReviewVisitDecider,
      command: commandFor(visit),
      metadata,
      appends,
    });
  }
}
