import { Inject, NotFoundException } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { dataSubjectDecider, dataSubjectStreamId, domainEventCodec, parseSubjectId, type DataSubjectEvent, type DataSubjectState } from '@trust/domain';
import type { EventMetadata, EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import type { SubjectKeyStore, SubjectName } from '@trust/personal-data';
import { queueRebuilds } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { commandAnswerOf, CommandPipeline } from '../../../common/commands/command-pipeline.js';
import { EVENT_STORE, JOB_QUEUE, SUBJECT_KEYS } from '../../../infrastructure/tokens.js';
import type { ErasureAnswer } from './erase-personal-data.dto.js';

export class ErasePersonalDataCommand extends Command<ErasureAnswer> {
  constructor(
    readonly subjectId: string,
    readonly reason: string,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

/**
 * Records the erasure (the one command pipeline: expected version, idempotency key), then destroys the
 * subject's key at the instant recorded, then queues a rebuild of every read model. Each step is safe to
 * repeat, so a retry after a crash between them finishes the erasure: the key is destroyed once, and
 * rebuilds are queued whenever this request appended the event or destroyed the key.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  async execute({ subjectId: input, reason, metadata }: ErasePersonalDataCommand): Promise<ErasureAnswer> {
    const { subjectId } = parseSubjectId(input);
    const subject = subjectId as SubjectName;
    const command = { type: 'ErasePersonalData' as const, subjectId, reason, erasedBy: metadata.actor.userId };
    // Validates the whole command (400 naming the field) before looking the subject up.
    dataSubjectDecider.decide(command, dataSubjectDecider.initialState(), { now: new Date(0) });
    // No key: the ledger never sealed anything about them, and answers as for any unknown resource.
    if (!(await this.keys.keysForOpening([subject])).has(subject)) throw new NotFoundException(`No data subject ${subjectId}`);

    const streamId = dataSubjectStreamId(subjectId);
    const handled = await this.pipeline.run({
      streamId,
      decider: dataSubjectDecider,
      command,
      metadata,
      subject: `data subject ${subjectId}`,
    });
    const erasure = (await this.stateOf(streamId)).erasure;
    if (erasure === null) throw new Error(`${streamId} holds no erasure after it was recorded`);
    const destroyed = await this.keys.destroy(subject, new Date(erasure.erasedAt));
    const done = handled.events.length > 0 || destroyed?.already === false;
    const rebuildJobs = done ? await queueRebuilds(this.jobs, allProjections()) : [];
    return { ...commandAnswerOf(subjectId, handled), ...erasure, already: !done, rebuildJobs };
  }

  private async stateOf(streamId: string): Promise<DataSubjectState> {
    let state = dataSubjectDecider.initialState();
    for await (const recorded of this.store.readStream(streamId)) state = dataSubjectDecider.evolve(state, domainEventCodec.decode(recorded) as DataSubjectEvent);
    return state;
  }
}
