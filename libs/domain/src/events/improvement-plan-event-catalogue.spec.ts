import type { ImprovementPlanEvent } from '../improvement-plan/improvement-plan.events.js';
import {
  actionAdded,
  actionAmended,
  added,
  closed,
  drafted,
  planConfirmed,
  priorityAmended,
  priorityRated,
  ROLE_OWNER,
  supportCommitted,
} from '../improvement-plan/test-support/improvement-plan-fixtures.js';
import { eventTypesNamingSubjects, namesSubject } from '../personal-data/names-subject.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { effectiveDateOf } from '../time/effective-date.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';
import { improvementPlanEventCatalogue } from './improvement-plan-event-catalogue.js';

const examples: ImprovementPlanEvent[] = [
  drafted,
  added,
  priorityAmended({ targets: [], owners: [ROLE_OWNER], aimId: null }),
  actionAdded(),
  actionAmended({ owner: ROLE_OWNER, status: 'dropped' }),
  priorityRated(),
  priorityRated({ source: { kind: 'direct', aimId: null, visitId: null }, comment: null }),
  priorityRated({ source: { kind: 'peer-visit', aimId: null, visitId: 'visit-2' }, rating: 'red' }),
  planConfirmed(),
  planConfirmed({ aimId: 'aim-1' }),
  closed,
  supportCommitted(),
];

const stored = (event: ImprovementPlanEvent): StoredEventShape =>
  JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

function withData(event: ImprovementPlanEvent, data: Record<string, unknown>): StoredEventShape {
  const shape = stored(event);
  return { ...shape, data: { ...shape.data, ...data } };
}

describe('improvement plan event catalogue', () => {
  it('stores every improvement plan event under its own name, at schema version 1', () => {
    expect(
      Object.entries(improvementPlanEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['ImprovementPlanDrafted', 'ImprovementPlanDrafted', 1],
      ['PlanPriorityAdded', 'PlanPriorityAdded', 1],
      ['PlanPriorityAmended', 'PlanPriorityAmended', 1],
      ['PlanActionAdded', 'PlanActionAdded', 1],
      ['PlanActionAmended', 'PlanActionAmended', 1],
      ['PlanPriorityRated', 'PlanPriorityRated', 1],
      ['ImprovementPlanConfirmed', 'ImprovementPlanConfirmed', 1],
      ['ImprovementPlanYearClosed', 'ImprovementPlanYearClosed', 1],
      ['PlanSupportCommitted', 'PlanSupportCommitted', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase).toMatchObject({ type: event.type, schemaVersion: 1 });
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it('dates each event by its day in the school world: the day recorded, or for a rating the day it was given', () => {
    expect(examples.map((event) => [event.type, effectiveDateOf(event)])).toEqual([
      ['ImprovementPlanDrafted', '2025-11-12'],
      ['PlanPriorityAdded', '2025-11-12'],
      ['PlanPriorityAmended', '2025-11-12'],
      ['PlanActionAdded', '2025-11-12'],
      ['PlanActionAmended', '2025-11-12'],
      ['PlanPriorityRated', '2025-11-05'],
      ['PlanPriorityRated', '2025-11-05'],
      ['PlanPriorityRated', '2025-11-05'],
      ['ImprovementPlanConfirmed', '2025-11-12'],
      ['ImprovementPlanConfirmed', '2025-11-12'],
      ['ImprovementPlanYearClosed', '2025-11-12'],
      ['PlanSupportCommitted', '2025-11-12'],
    ]);
  });

  it.each<[string, StoredEventShape, string]>([
    [
      'a KPI outside the five',
      withData(added, { targets: [{ kpi: 'attainment', successCriteria: 'Up' }] }),
      'PlanPriorityAdded v1: data.targets[0].kpi must be one of progress, curriculum, teaching, attendance, transition, found "attainment"',
    ],
    [
      'an owner of no known kind',
      withData(added, { owners: [{ kind: 'team', role: null, staffId: null, name: null }] }),
      'PlanPriorityAdded v1: data.owners[0].kind must be one of role, staff, found "team"',
    ],
    [
      'a role owner without its role',
      withData(actionAdded(), { owner: { kind: 'role', role: null, staffId: null, name: null } }),
      'PlanActionAdded v1: data.owner.role must be one of headteacher,',
    ],
    [
      'a named owner without a name',
      withData(actionAdded(), { owner: { kind: 'staff', role: null, staffId: 'st-41', name: null } }),
      'PlanActionAdded v1: data.owner.name must be a string, found null',
    ],
    [
      'an owner missing a field of the other kind',
      withData(actionAdded(), { owner: { kind: 'staff', staffId: 'st-41', name: 'Ann Head' } }),
      'PlanActionAdded v1: data.owner.role must be null or one of headteacher,',
    ],
    [
      'an action status outside the list',
      withData(actionAmended(), { status: 'late' }),
      'PlanActionAmended v1: data.status must be one of not-started, in-progress, done, dropped, found "late"',
    ],
    [
      'a grey rating',
      withData(priorityRated(), { rating: 'grey' }),
      'PlanPriorityRated v1: data.rating must be one of red, amber, green, found "grey"',
    ],
    [
      'an AIM rating without its AIM',
      withData(priorityRated(), { source: { kind: 'aim', aimId: null, visitId: null } }),
      'PlanPriorityRated v1: data.source.aimId must be a string, found null',
    ],
    [
      'a visit rating without its visit',
      withData(priorityRated(), { source: { kind: 'peer-visit', aimId: null, visitId: null } }),
      'PlanPriorityRated v1: data.source.visitId must be a string, found null',
    ],
    [
      'a rating without who gave it',
      withData(priorityRated(), { ratedBy: null }),
      'PlanPriorityRated v1: data.ratedBy must be an object, found null',
    ],
    [
      'a support kind outside the list',
      withData(supportCommitted(), { kind: 'consultant' }),
      'PlanSupportCommitted v1: data.kind must be one of commissioned-partner,',
    ],
    [
      'days that are not a number',
      withData(supportCommitted(), { developmentDays: '4' }),
      'PlanSupportCommitted v1: data.developmentDays must be a number, found "4"',
    ],
  ])('refuses %s (the message begins %p)', (_label, shape, message) => {
    expect(() => domainEventCodec.decode(shape)).toThrow(EventCodecError);
    expect(() => domainEventCodec.decode(shape)).toThrow(message);
  });
});

describe('improvement plan events and personal data', () => {
  it("find a named owner's events by their staff id, so an erasure or a subject access request reaches them", () => {
    expect(namesSubject('PlanPriorityAdded', added.data, 'staff', 'st-41')).toBe(true);
    expect(namesSubject('PlanActionAdded', actionAdded().data, 'staff', 'st-41')).toBe(true);
    expect(namesSubject('PlanActionAmended', actionAmended({ owner: ROLE_OWNER }).data, 'staff', 'st-41')).toBe(false);
    expect(namesSubject('PlanPriorityRated', priorityRated().data, 'user', 'dee')).toBe(true);
    expect(eventTypesNamingSubjects('staff')).toEqual(expect.arrayContaining(['PlanPriorityAdded', 'PlanPriorityAmended', 'PlanActionAdded', 'PlanActionAmended']));
    expect(eventTypesNamingSubjects('user')).toEqual(expect.arrayContaining(['PlanPriorityRated', 'PlanSupportCommitted']));
  });
});
