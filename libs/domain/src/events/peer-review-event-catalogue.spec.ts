import type { PeerReviewEvent } from '../peer-review/peer-review.events.js';
import {
  concernFlagged,
  formed,
  LEAD,
  observationsRecorded,
  reportOverdue,
  reportSubmitted,
  visitFocusSet,
  scheduledVisit,
  visitRecorded,
  visitScheduled,
} from '../peer-review/test-support/peer-review-fixtures.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';
import { peerReviewEventCatalogue } from './peer-review-event-catalogue.js';

const examples: PeerReviewEvent[] = [
  formed,
  visitScheduled(),
  visitScheduled({ facilitatorUserId: null, reviewerIds: ['ht-elm', 'ht-ash'] }),
  visitFocusSet(),
  visitFocusSet({ aspects: [{ aspect: 'Raise attainment in Key Stage 2 writing', rag: 'red', planPriorityId: 'p-1' }] }),
  visitRecorded(),
  visitRecorded({ actionsForNextAim: [], recordedBy: null, observations: ['Seen'] }),
  observationsRecorded(),
  observationsRecorded({ recordedBy: LEAD }),
  concernFlagged(),
  concernFlagged({ raisedBy: null }),
  reportSubmitted(),
  reportSubmitted({ late: true }),
  reportOverdue(),
];

const stored = (event: PeerReviewEvent): StoredEventShape =>
  JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

function withData(event: PeerReviewEvent, data: Record<string, unknown>): StoredEventShape {
  const shape = stored(event);
  return { ...shape, data: { ...shape.data, ...data } };
}

describe('peer review event catalogue', () => {
  it('stores every peer review event under its own name, at its schema version', () => {
    expect(
      Object.entries(peerReviewEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['PeerReviewGroupFormed', 'PeerReviewGroupFormed', 1],
      ['ReviewVisitScheduled', 'ReviewVisitScheduled', 2],
      ['VisitFocusSet', 'VisitFocusSet', 3],
      ['ReviewVisitRecorded', 'ReviewVisitRecorded', 2],
      ['VisitObservationsRecorded', 'VisitObservationsRecorded', 1],
      ['SafeguardingConcernFlagged', 'SafeguardingConcernFlagged', 2],
      ['PeerReviewReportSubmitted', 'PeerReviewReportSubmitted', 1],
      ['PeerReviewReportOverdue', 'PeerReviewReportOverdue', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase).toMatchObject({ type: event.type, schemaVersion: peerReviewEventCatalogue[event.type].schemaVersion });
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, StoredEventShape, string]>([
    [
      'a member without a headteacher id',
      withData(formed, { members: [{ name: 'Ann Oak', academyId: '111111' }] }),
      'PeerReviewGroupFormed v1: data.members[0].headteacherId must be a string, found nothing',
    ],
    [
      'reviewers that are not strings',
      withData(visitScheduled(), { reviewerIds: [7] }),
      'ReviewVisitScheduled v2: data.reviewerIds must be a list of strings, found [7]',
    ],
    [
      'an aspect rated grey',
      withData(visitFocusSet(), { aspects: [{ aspect: 'Phonics', rag: 'grey', planPriorityId: null }] }),
      'VisitFocusSet v3: data.aspects[0].rag must be one of red, amber, green, found "grey"',
    ],
    [
      'observations by no one',
      withData(observationsRecorded(), { recordedBy: null }),
      'VisitObservationsRecorded v1: data.recordedBy must be an object, found null',
    ],
    [
      'a concern raised in a part no visit has',
      withData(concernFlagged(), { raisedBy: { personId: 'ht-elm', role: 'observer' } }),
      'SafeguardingConcernFlagged v2: data.raisedBy.role must be one of host, lead, reviewer, facilitator, found "observer"',
    ],
    [
      'a report with no lateness',
      withData(reportSubmitted(), { late: 'no' }),
      'PeerReviewReportSubmitted v1: data.late must be true or false, found "no"',
    ],
  ])('refuses %s', (_label, shape, message) => {
    expect(() => domainEventCodec.decode(shape)).toThrow(new EventCodecError(message));
  });
});

describe('peer review events stored before each visitor recorded their own observations', () => {
  // As a build before v2 stored them: one record of everyone's observations, and concerns, by no one named.
  const v1Recorded = {
    visitId: 'visit-1',
    hostAcademyId: '111111',
    visitDate: '2025-03-10',
    observations: ['Phonics groups well matched to need'],
    feedback: 'Strong start to phonics.',
    actionsForNextAim: ['Audit reading books'],
    recordedOn: '2025-03-12',
  };
  const v1Concern = {
    concernId: 'visit-1-1',
    visitId: 'visit-1',
    hostAcademyId: '111111',
    visitDate: '2025-03-10',
    concern: 'Side gate left unlocked during the school day',
    flaggedOn: '2025-03-12',
  };

  it('reads a v1 ReviewVisitRecorded as v2, its observations kept, recorded by no one named (never a guess)', () => {
    expect(domainEventCodec.decode({ type: 'ReviewVisitRecorded', schemaVersion: 1, data: v1Recorded })).toEqual({
      type: 'ReviewVisitRecorded',
      data: { ...v1Recorded, recordedBy: null },
    });
  });

  it('reads a v1 SafeguardingConcernFlagged as v2, raised by no one named', () => {
    expect(domainEventCodec.decode({ type: 'SafeguardingConcernFlagged', schemaVersion: 1, data: v1Concern })).toEqual({
      type: 'SafeguardingConcernFlagged',
      data: { ...v1Concern, raisedBy: null },
    });
  });

  it('reads a v1 ReviewVisitScheduled as v2, entered in the diary on no day it kept', () => {
    const { scheduledOn: _dropped, ...v1 } = scheduledVisit();
    expect(domainEventCodec.decode({ type: 'ReviewVisitScheduled', schemaVersion: 1, data: v1 })).toEqual({
      type: 'ReviewVisitScheduled',
      data: { ...v1, scheduledOn: null },
    });
  });

  it('leaves the stored data as it was, and ignores a recorder a v1 row happened to carry', () => {
    const data = structuredClone(v1Recorded);
    domainEventCodec.decode({ type: 'ReviewVisitRecorded', schemaVersion: 1, data });
    expect(data).toEqual(v1Recorded);
    const stray = { ...v1Recorded, recordedBy: { personId: 'ht-oak', role: 'lead' } };
    expect(domainEventCodec.decode({ type: 'ReviewVisitRecorded', schemaVersion: 1, data: stray }).data).toMatchObject({ recordedBy: null });
  });

  it('writes both at v2 from now on', () => {
    expect(domainEventCodec.encode(visitRecorded())).toMatchObject({ schemaVersion: 2, data: { recordedBy: { personId: 'ht-ash', role: 'lead' } } });
    expect(domainEventCodec.encode(concernFlagged())).toMatchObject({ schemaVersion: 2, data: { raisedBy: { personId: 'ht-elm', role: 'reviewer' } } });
  });

  it("reads a v1 VisitFocusSet as v2, of no year it kept and its aspects free text, naming no plan priority (never a guess), the stored data untouched", () => {
    const v1 = { visitId: 'visit-1', hostAcademyId: '111111', aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }], setOn: '2025-03-12' };
    const data = structuredClone(v1);
    expect(domainEventCodec.decode({ type: 'VisitFocusSet', schemaVersion: 1, data })).toEqual({
      type: 'VisitFocusSet',
      data: { ...v1, academicYear: null, aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber', planPriorityId: null }], ratedOn: '2025-03-12' },
    });
    expect(data).toEqual(v1);
  });

  it('reads a v2 VisitFocusSet as rated the day it was set, as every focus then was, the stored data untouched', () => {
    const v2 = { visitId: 'visit-1', hostAcademyId: '111111', academicYear: '2024/25', aspects: [{ aspect: 'Writing', rag: 'red', planPriorityId: 'p-1' }], setOn: '2025-03-12' };
    const data = structuredClone(v2);
    expect(domainEventCodec.decode({ type: 'VisitFocusSet', schemaVersion: 2, data })).toEqual({ type: 'VisitFocusSet', data: { ...v2, ratedOn: '2025-03-12' } });
    expect(data).toEqual(v2);
  });

  it('writes VisitFocusSet at v3 from now on, with the visit\'s year, the plan priorities its aspects name and the day they were rated', () => {
    const focus = visitFocusSet({ aspects: [{ aspect: 'Writing', rag: 'red', planPriorityId: 'p-1' }], ratedOn: '2025-01-27' });
    expect(domainEventCodec.encode(focus)).toMatchObject({ schemaVersion: 3, data: { academicYear: '2024/25', aspects: [{ planPriorityId: 'p-1' }], ratedOn: '2025-01-27' } });
  });

  it('refuses a v3 aspect with no plan priority id at all (not even null), and a v3 focus with no day rated', () => {
    expect(() => domainEventCodec.decode(withData(visitFocusSet(), { aspects: [{ aspect: 'Phonics', rag: 'red' }] }))).toThrow(
      new EventCodecError('VisitFocusSet v3: data.aspects[0].planPriorityId must be a string or null, found nothing'),
    );
    expect(() => domainEventCodec.decode(withData(visitFocusSet(), { ratedOn: undefined }))).toThrow(EventCodecError);
  });
});
