import { DomainError } from '../shared/domain-error.js';
import {
  AS_FACILITATOR,
  ASH,
  asHeadteacher,
  ELM,
  FACILITATOR_ID,
  OAK,
  scheduledVisit,
} from './test-support/peer-review-fixtures.js';
import { ensureMayActOnVisit, mayActOnVisit, visitRolesOf, type VisitAct, type VisitActor } from './visit-attendance.js';

// Oak hosts; Ash leads; Elm reviews; the improvement director facilitates; Birch is in the group but not on this visit.
const visit = scheduledVisit();
const BIRCH: VisitActor = { userId: 'ht-birch', headteacherId: 'ht-birch' };
const ANOTHER_DIRECTOR: VisitActor = { userId: 'user-hil', headteacherId: null };
const ACTS: VisitAct[] = ['set-focus', 'record-observations', 'record-held', 'submit-report'];

describe('who may act on a peer review visit', () => {
  it('knows the part each attendee plays, and none for anyone else', () => {
    expect(visitRolesOf(visit, asHeadteacher(OAK))).toEqual(['host']);
    expect(visitRolesOf(visit, asHeadteacher(ASH))).toEqual(['lead']);
    expect(visitRolesOf(visit, asHeadteacher(ELM))).toEqual(['reviewer']);
    expect(visitRolesOf(visit, AS_FACILITATOR)).toEqual(['facilitator']);
    expect(visitRolesOf(visit, BIRCH)).toEqual([]);
    expect(visitRolesOf(visit, ANOTHER_DIRECTOR)).toEqual([]);
    expect(visitRolesOf(scheduledVisit({ facilitatorUserId: null }), AS_FACILITATOR)).toEqual([]);
  });

  // Seed 003: the host decides the focus; visitors record observations; the lead gives the feedback and writes the report.
  it.each<[string, VisitActor, Record<VisitAct, string | null>]>([
    ['the host headteacher', asHeadteacher(OAK), { 'set-focus': 'host', 'record-observations': null, 'record-held': null, 'submit-report': null }],
    ['the lead headteacher', asHeadteacher(ASH), { 'set-focus': null, 'record-observations': 'lead', 'record-held': 'lead', 'submit-report': 'lead' }],
    ['a visiting headteacher', asHeadteacher(ELM), { 'set-focus': null, 'record-observations': 'reviewer', 'record-held': null, 'submit-report': null }],
    ['the facilitator', AS_FACILITATOR, { 'set-focus': null, 'record-observations': 'facilitator', 'record-held': 'facilitator', 'submit-report': null }],
    ['a headteacher of the group who is not on the visit', BIRCH, { 'set-focus': null, 'record-observations': null, 'record-held': null, 'submit-report': null }],
    ['an improvement director who does not facilitate it', ANOTHER_DIRECTOR, { 'set-focus': null, 'record-observations': null, 'record-held': null, 'submit-report': null }],
  ])('%s', (_label, actor, expected) => {
    for (const act of ACTS) {
      expect([act, mayActOnVisit(visit, actor, act)?.role ?? null]).toEqual([act, expected[act]]);
    }
  });

  it('records a headteacher by their headteacher id and the facilitator by their user id', () => {
    expect(mayActOnVisit(visit, { userId: 'ceo', headteacherId: ELM.headteacherId }, 'record-observations')).toEqual({ personId: 'ht-elm', role: 'reviewer' });
    expect(mayActOnVisit(visit, AS_FACILITATOR, 'record-observations')).toEqual({ personId: FACILITATOR_ID, role: 'facilitator' });
  });

  it('lets the host record nothing about their own school, even when they hold another part too', () => {
    const hostFacilitating = scheduledVisit({ facilitatorUserId: OAK.headteacherId });
    expect(visitRolesOf(hostFacilitating, asHeadteacher(OAK))).toEqual(['host', 'facilitator']);
    expect(mayActOnVisit(hostFacilitating, asHeadteacher(OAK), 'record-observations')).toBeNull();
    expect(mayActOnVisit(hostFacilitating, asHeadteacher(OAK), 'record-held')).toBeNull();
  });

  it('given the host named as facilitator, when they act as the improvement director (no headteacher id), then they still record nothing', () => {
    const hostFacilitating = scheduledVisit({ facilitatorUserId: OAK.headteacherId });
    const hostAsDirector: VisitActor = { userId: OAK.headteacherId, headteacherId: null };
    expect(visitRolesOf(hostFacilitating, hostAsDirector)).toEqual(['facilitator']);
    for (const act of ['record-observations', 'record-held', 'submit-report'] as const) {
      expect([act, mayActOnVisit(hostFacilitating, hostAsDirector, act)]).toEqual([act, null]);
    }
  });

  it('refuses as forbidden (403), saying who may', () => {
    const refusal = (act: VisitAct): unknown => {
      try {
        return ensureMayActOnVisit(visit, asHeadteacher(OAK), act);
      } catch (error: unknown) {
        return error;
      }
    };
    expect(refusal('record-held')).toEqual(
      DomainError.forbidden('only the lead headteacher or the facilitating improvement director may record visit visit-1 as held'),
    );
    expect(refusal('record-observations')).toMatchObject({ kind: 'forbidden' });
    expect(ensureMayActOnVisit(visit, asHeadteacher(ASH), 'record-held')).toEqual({ personId: 'ht-ash', role: 'lead' });
  });
});
