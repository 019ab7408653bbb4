import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { namesSubject, parseSubjectId } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { subjectsToOpen, type SubjectKeyStore, type SubjectName } from '@trust/personal-data';
import { EVENT_STORE, SUBJECT_KEYS } from '../../../infrastructure/tokens.js';
import type { SubjectAccessDto, SubjectEventDto } from './subject-access.schema.js';

export class SubjectAccessQuery extends Query<SubjectAccessDto> {
  constructor(readonly subjectId: string) {
    super();
  }
}

/** Pages through the whole log (the store reads in batches) and keeps only the subject's events. */
const BATCH_SIZE = 500;

@QueryHandler(SubjectAccessQuery)
export class SubjectAccessHandler implements IQueryHandler<SubjectAccessQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
  ) {}

  async execute({ subjectId: input }: SubjectAccessQuery): Promise<SubjectAccessDto> {
    const { subjectId, kind } = parseSubjectId(input);
    const subject = subjectId as SubjectName;
    const id = subjectId.slice(kind.length + 1);
    const key = (await this.keys.keysForOpening([subject])).get(subject);
    if (key === undefined) throw new NotFoundException(`No data subject ${subjectId}`);

    const events: SubjectEventDto[] = [];
    let position = 0n;
    for await (const event of this.store.readAll({ batchSize: BATCH_SIZE })) {
      position = event.position;
      const sealedForThem = subjectsToOpen(event.type, event.storedData ?? event.data).includes(subject);
      if (!sealedForThem && !namesSubject(event.type, event.data, kind, id)) continue;
      events.push({
        position: event.position.toString(),
        streamId: event.streamId,
        type: event.type,
        recordedAt: event.recordedAt.toISOString(),
        actor: { userId: event.metadata.actor.userId, role: event.metadata.actor.role },
        data: event.data,
      });
    }
    return { subjectId, erasedAt: key.state === 'destroyed' ? key.destroyedAt.toISOString() : null, position: position.toString(), events };
  }
}
