import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { eventTypesNamingSubjects, namesSubject, parseSubjectId } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { subjectsToOpen, type SubjectKeyStore, type SubjectName } from '@trust/personal-data';
import { EVENT_STORE, SUBJECT_KEYS } from '../../../infrastructure/tokens.js';
import type { SubjectAccessDto, SubjectEventDto } from './subject-access.schema.js';

export class SubjectAccessQuery extends Query<SubjectAccessDto> {
  constructor(readonly subjectId: string) {
    super();
  }
}

/** Pages through the log's events that can name the subject (the store reads in batches) and keeps only theirs. */
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

    // Only the types that can name them, up to the head as it stands now (events of other types report no position).
    const position = (await this.store.headPosition()) ?? 0n;
    const events: SubjectEventDto[] = [];
    for await (const event of this.store.readAll({ types: eventTypesNamingSubjects(kind), to: position, batchSize: BATCH_SIZE })) {
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
