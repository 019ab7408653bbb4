import { Injectable } from '@nestjs/common';
import { parseRecordId, peerReviewVisitDecider, peerReviewVisitStreamId, type PeerReviewVisitCommand, type ScheduledReviewVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../access/access-grant.js';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { PeerReviewDiary } from './peer-review-diary.js';
import { CommandPipeline } from '../common/commands/command-pipeline.js';
import { visibleVisit } from './peer-review-readers.js';

/**
 * Runs a command on a visit's stream: finds the visit in its group's diary, as the principal may see it (a
 * visit they may not read is, to them, not in the diary: the domain answers 404 exactly as for an unknown
 * one, after the same input checks), then decides (the domain checks the part the actor plays) and appends.
 */
@Injectable()
export class VisitCommandRunner {
  constructor(
    private readonly diary: PeerReviewDiary,
    private readonly pipeline: CommandPipeline,
  ) {}

  async run(
    ids: { groupId: string; visitId: string },
    grant: AccessGrant,
    metadata: EventMetadata,
    commandFor: (visit: ScheduledReviewVisit | null) => PeerReviewVisitCommand | Promise<PeerReviewVisitCommand>,
  ): Promise<CommandAnswer> {
    const groupId = parseRecordId(ids.groupId, 'groupId');
    const visitId = parseRecordId(ids.visitId, 'visitId');
    const visit = visibleVisit(await this.diary.visit(groupId, visitId), grant);
    return this.pipeline.answer(visitId, {
      streamId: peerReviewVisitStreamId(visitId),
      decider: peerReviewVisitDecider,
      command: await commandFor(visit),
      metadata,
    });
  }
}
