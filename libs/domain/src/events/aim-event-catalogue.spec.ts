import type { AimEvent, AimHeldData, AimScheduledData } from '../aim/aim.events.js';
import {
  aimDocumentsOverdue,
  aimDocumentSubmitted,
  aimFocusAgreed,
  aimHeld,
  aimReportPublished,
  aimRescheduled,
  aimScheduled,
} from '../aim/test-support/aim-fixtures.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { aimEventCatalogue } from './aim-event-catalogue.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';

const examples: AimEvent[] = [
  aimScheduled(),
  aimScheduled({ format: 'one-and-a-half-day', focus: 'Early reading' }),
  aimFocusAgreed(),
  aimRescheduled(),
  aimDocumentSubmitted(),
  aimDocumentSubmitted({ documentType: 'pupil-premium-strategy', rag: 'red' }),
  aimDocumentsOverdue(),
  aimDocumentsOverdue({ missing: ['lgb-minutes'] }),
  aimHeld(),
  aimHeld({ priorities: [{ priority: 'Raise attainment in Key Stage 2 writing', rag: 'amber', planPriorityId: 'p-1' }] }),
  aimReportPublished(),
];

const stored = (event: AimEvent): StoredEventShape =>
  JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

function withData(event: AimEvent, data: Record<string, unknown>): StoredEventShape {
  const shape = stored(event);
  return { ...shape, data: { ...shape.data, ...data } };
}

describe('AIM event catalogue', () => {
  it('stores every AIM event under its own name, at its schema version', () => {
    expect(
      Object.entries(aimEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['AimScheduled', 'AimScheduled', 2],
      ['AimFocusAgreed', 'AimFocusAgreed', 1],
      ['AimRescheduled', 'AimRescheduled', 1],
      ['AimDocumentSubmitted', 'AimDocumentSubmitted', 1],
      ['AimDocumentsOverdue', 'AimDocumentsOverdue', 1],
      ['AimHeld', 'AimHeld', 3],
      ['AimReportPublished', 'AimReportPublished', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase).toMatchObject({ type: event.type, schemaVersion: aimEventCatalogue[event.type].schemaVersion });
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, StoredEventShape, string]>([
    [
      'a format outside the list',
      withData(aimScheduled(), { format: 'two-day' }),
      'AimScheduled v2: data.format must be one of one-day, one-and-a-half-day, found "two-day"',
    ],
    [
      'a RAG rating of grey',
      withData(aimDocumentSubmitted(), { rag: 'grey' }),
      'AimDocumentSubmitted v1: data.rag must be null or one of red, amber, green, found "grey"',
    ],
    [
      'no RAG rating at all (not even null)',
      withData(aimDocumentSubmitted(), { rag: undefined }),
      'AimDocumentSubmitted v1: data.rag must be null or one of red, amber, green, found nothing',
    ],
    [
      'a missing document outside the list',
      withData(aimDocumentsOverdue(), { missing: ['sef', 'minutes'] }),
      'AimDocumentsOverdue v1: data.missing must be a list of headteacher-report, sef, improvement-plan, ' +
        'lgb-minutes, previous-aim-report, pupil-premium-strategy, found ["sef","minutes"]',
    ],
    [
      'missing documents that are not a list',
      withData(aimDocumentsOverdue(), { missing: 'sef' }),
      'AimDocumentsOverdue v1: data.missing must be a list of headteacher-report, sef, improvement-plan, ' +
        'lgb-minutes, previous-aim-report, pupil-premium-strategy, found "sef"',
    ],
    [
      'an attendee with no chair flag, naming its position',
      withData(aimHeld(), { attendees: [{ name: 'Ian Director', role: 'improvement-director', staffId: null }] }),
      'AimHeld v3: data.attendees[0].chair must be true or false, found nothing',
    ],
    [
      'an attendee with no staff id at all (not even null)',
      withData(aimHeld(), { attendees: [{ name: 'Ian Director', role: 'improvement-director', chair: true }] }),
      'AimHeld v3: data.attendees[0].staffId must be a string or null, found nothing',
    ],
    [
      'a priority with no plan priority id at all (not even null)',
      withData(aimHeld(), { priorities: [{ priority: 'Writing', rag: 'amber' }] }),
      'AimHeld v3: data.priorities[0].planPriorityId must be a string or null, found nothing',
    ],
    [
      'a judgement under a report card heading',
      withData(aimHeld(), { judgements: [{ heading: 'inclusion', judgement: 'good', comment: 'x' }] }),
      'AimHeld v3: data.judgements[0].heading must be one of quality-of-education, behaviour-and-attitudes, ' +
        'personal-development, leadership-and-management, early-years, sixth-form, found "inclusion"',
    ],
  ])('refuses %s', (_label, shape, message) => {
    expect(() => domainEventCodec.decode(shape)).toThrow(new EventCodecError(message));
  });

  it('reads a v1 AimHeld as v3, every attendee known by name only and every priority free text (never a guess), the stored data untouched', () => {
    const held = aimHeld().data as AimHeldData;
    const v1 = {
      ...held,
      attendees: held.attendees.map(({ staffId: _dropped, ...attendee }) => attendee),
      priorities: held.priorities.map(({ planPriorityId: _dropped, ...priority }) => priority),
    };
    const data = structuredClone(v1);
    expect(domainEventCodec.decode({ type: 'AimHeld', schemaVersion: 1, data })).toEqual({ type: 'AimHeld', data: held });
    expect(data).toEqual(v1);
  });

  it('reads a v2 AimHeld as v3, its priorities naming no plan priority (a text is not an id), the stored data untouched', () => {
    const held = aimHeld({ attendees: [{ name: 'Ann Head', role: 'headteacher', chair: false, staffId: 'st-41' }] }).data as AimHeldData;
    const v2 = { ...held, priorities: held.priorities.map(({ planPriorityId: _dropped, ...priority }) => priority) };
    const data = structuredClone(v2);
    expect(domainEventCodec.decode({ type: 'AimHeld', schemaVersion: 2, data })).toEqual({ type: 'AimHeld', data: held });
    expect(data).toEqual(v2);
  });

  it('reads a v3 AimHeld priority with the plan priority it names', () => {
    const event = aimHeld({ priorities: [{ priority: 'Writing', rag: 'green', planPriorityId: 'p-1' }] });
    expect(domainEventCodec.decode(stored(event))).toEqual(event);
  });

  it('reads a v2 AimHeld attendee with their staff id', () => {
    const event = aimHeld({ attendees: [{ name: 'Ann Head', role: 'headteacher', chair: false, staffId: 'st-41' }] });
    expect(domainEventCodec.decode(stored(event))).toEqual(event);
  });

  it('reads a v1 AimScheduled as v2, scheduled on no day it kept (never a guess), the stored data untouched', () => {
    const { scheduledOn: _dropped, ...v1 } = aimScheduled().data as AimScheduledData;
    const data = structuredClone(v1);
    expect(domainEventCodec.decode({ type: 'AimScheduled', schemaVersion: 1, data })).toEqual({ type: 'AimScheduled', data: { ...v1, scheduledOn: null } });
    expect(data).toEqual(v1);
  });
});
