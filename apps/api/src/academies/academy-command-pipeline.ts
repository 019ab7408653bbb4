import { Inject, Injectable } from '@nestjs/common';
import {
  academyDecider,
  academyStreamId,
  domainEventCodec,
  type AcademyCommand,
  type AcademyEvent,
  type EvidenceCommand,
} from '@trust/domain';
import { handleCommand, type EventMetadata, type EventStore } from '@trust/event-store';
import { CLOCK, EVENT_STORE, type Clock } from '../infrastructure/tokens.js';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../common/idempotency/idempotency-key-reused.error.js';

/** Every command the academy decider takes: registration, KPIs and evidence. */
export type AcademyStreamCommand = AcademyCommand | EvidenceCommand;

/** The event each academy command appends: a replay by idempotency key must be of the same kind of command. */
const EVENT_OF_COMMAND: Record<AcademyStreamCommand['type'], AcademyEvent['type']> = {
  RegisterAcademy: 'AcademyRegistered',
  SetKpiTarget: 'KpiTargetSet',
  RecordKpi: 'KpiRecorded',
  CorrectKpi: 'KpiCorrected',
  RecordInspection: 'InspectionRecorded',
  RecordAnnualReview: 'AnnualReviewRecorded',
  RecordOutcome: 'OutcomeRecorded',
  AssessRisk: 'RiskAssessed',
  RecordBaseline: 'BaselineAssessed',
  AssignSip: 'SipAssigned',
  RecordSipVisit: 'SipVisitRecorded',
  RecordCommissionedReview: 'CommissionedReviewCompleted',
};

/** Runs an academy command through the generic pipeline (read the stream, fold, decide, append with the expected version). */
@Injectable()
export class AcademyCommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: AcademyStreamCommand, metadata: EventMetadata): Promise<CommandAnswer> {
    const streamId = academyStreamId(command.academyId);
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider: academyDecider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    // The stream recognises a key by key and actor only: the same key sent earlier with another kind
    // of command on this academy (another route) must not be answered with that command's events.
    if (handled.replayed && handled.events.some((event) => event.type !== EVENT_OF_COMMAND[command.type])) {
      throw new IdempotencyKeyReusedError('a different command on this academy');
    }
    return {
      id: command.academyId,
      streamId,
      position: (handled.position ?? 0n).toString(),
      events: handled.events.map((event) => event.type),
    };
  }
}
