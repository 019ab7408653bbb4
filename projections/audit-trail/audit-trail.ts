import type { RecordedEvent } from '@trust/event-store';

/** A row of the audit trail: one stored event, as it was stored (stored type name, schema version, data not upcast). */
export interface AuditTrailEntry {
  position: bigint;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  actorUserId: string;
  actorRole: string;
  correlationId: string;
  causationId: string;
  idempotencyKey: string | null;
  recordedAt: Date;
  /** The academies the event concerns (URNs, sorted, no repeats); empty for trust-wide events such as a rate card. */
  academyIds: string[];
  /** The data as the event store holds it: personal data sealed (the trail opens it when read, so an erasure shows at once). */
  data: Record<string, unknown>;
}

const URN = /^\d{6}$/;

/**
 * The data fields that name an academy, in any event type: the academy of a card or tier event, both
 * sides of a recharge, a peer review visit's host, an expert's employer. Read from the stored data
 * rather than the decoded event, so an event type this build cannot decode is still recorded.
 */
const ACADEMY_FIELDS = ['academyId', 'supportedAcademyId', 'providerAcademyId', 'hostAcademyId', 'employerAcademyId'] as const;

/** The URNs an event's data names: its academy fields, and the academies of a peer review group's members. */
export function academiesConcerned(data: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string' && URN.test(value)) found.add(value);
  };
  for (const field of ACADEMY_FIELDS) add(data[field]);
  const members = data['members'];
  if (Array.isArray(members)) {
    for (const member of members as unknown[]) {
      if (typeof member === 'object' && member !== null && !Array.isArray(member)) add((member as Record<string, unknown>)['academyId']);
    }
  }
  return [...found].sort();
}

/** The audit trail's row for an event. Pure. */
export function auditTrailEntryOf(event: RecordedEvent): AuditTrailEntry {
  const { actor, correlationId, causationId, idempotencyKey } = event.metadata;
  return {
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    actorUserId: actor.userId,
    actorRole: actor.role,
    correlationId,
    causationId,
    idempotencyKey,
    recordedAt: event.recordedAt,
    academyIds: academiesConcerned(event.data),
    data: event.storedData ?? event.data,
  };
}
