import { eventTypesNamingSubjects, namesSubject } from './names-subject.js';

describe('namesSubject', () => {
  it('finds a subject by an id field of their kind, in nested lists too', () => {
    expect(namesSubject('ExpertiseRegistered', { staffId: 'st-41', name: 'Priya' }, 'staff', 'st-41')).toBe(true);
    expect(namesSubject('PeerReviewGroupFormed', { members: [{ headteacherId: 'st-42' }, { headteacherId: 'st-41' }], leadHeadteacherId: 'st-42' }, 'staff', 'st-41')).toBe(true);
    expect(namesSubject('TierAssigned', { decidedBy: { userId: 'u-1', name: 'Ann' } }, 'user', 'u-1')).toBe(true);
    expect(namesSubject('PersonalDataErased', { subjectId: 'sip:sip-7' }, 'sip', 'sip-7')).toBe(true);
  });

  it("finds an AIM's attendee by their staff id, not one kept by name only", () => {
    const attendees = [
      { name: 'Ian Director', role: 'improvement-director', chair: true, staffId: null },
      { name: 'Ann Head', role: 'headteacher', chair: false, staffId: 'st-41' },
    ];
    expect(namesSubject('AimHeld', { attendees }, 'staff', 'st-41')).toBe(true);
    expect(namesSubject('AimHeld', { attendees }, 'staff', 'st-42')).toBe(false);
  });

  it('does not find them by another kind, another id, a name or an unknown type', () => {
    expect(namesSubject('ExpertiseRegistered', { staffId: 'st-41' }, 'sip', 'st-41')).toBe(false);
    expect(namesSubject('ExpertiseRegistered', { staffId: 'st-42' }, 'staff', 'st-41')).toBe(false);
    expect(namesSubject('AimHeld', { attendees: [{ name: 'st-41', staffId: null }] }, 'staff', 'st-41')).toBe(false);
    expect(namesSubject('PersonalDataErased', { subjectId: 'staff:st-41' }, 'sip', 'st-41')).toBe(false);
    expect(namesSubject('SomethingElse', { staffId: 'st-41' }, 'staff', 'st-41')).toBe(false);
  });
});

describe('eventTypesNamingSubjects', () => {
  it('lists the event types with an id field of that kind, and the erasure', () => {
    const staff = eventTypesNamingSubjects('staff');
    expect(staff).toEqual(expect.arrayContaining(['ExpertiseRegistered', 'PeerReviewGroupFormed', 'AimHeld', 'PersonalDataErased']));
    expect(staff).not.toContain('AimScheduled');
    expect(eventTypesNamingSubjects('sip')).toEqual(expect.arrayContaining(['SipAssigned', 'SipVisitRecorded', 'PersonalDataErased']));
    expect(eventTypesNamingSubjects('user')).toEqual(expect.arrayContaining(['TierAssigned', 'PersonalDataErased']));
  });
});
