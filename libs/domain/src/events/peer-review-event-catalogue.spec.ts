import type { PeerReviewEvent } from '../peer-review/peer-review.events.js';
import {
  concernFlagged,
  formed,
  reportOverdue,
  reportSubmitted,
  visitFocusSet,
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
  visitRecorded(),
  visitRecorded({ actionsForNextAim: [] }),
  concernFlagged(),
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
  it('stores every peer review event under its own name, at schema version 1', () => {
    expect(
      Object.entries(peerReviewEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['PeerReviewGroupFormed', 'PeerReviewGroupFormed', 1],
      ['ReviewVisitScheduled', 'ReviewVisitScheduled', 1],
      ['VisitFocusSet', 'VisitFocusSet', 1],
      ['ReviewVisitRecorded', 'ReviewVisitRecorded', 1],
      ['SafeguardingConcernFlagged', 'SafeguardingConcernFlagged', 1],
      ['PeerReviewReportSubmitted', 'PeerReviewReportSubmitted', 1],
      ['PeerReviewReportOverdue', 'PeerReviewReportOverdue', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase).toMatchObject({ type: event.type, schemaVersion: 1 });
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
      'ReviewVisitScheduled v1: data.reviewerIds must be a list of strings, found [7]',
    ],
    [
      'an aspect rated grey',
      withData(visitFocusSet(), { aspects: [{ aspect: 'Phonics', rag: 'grey' }] }),
      'VisitFocusSet v1: data.aspects[0].rag must be one of red, amber, green, found "grey"',
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
