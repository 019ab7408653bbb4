import { describe, expect, it } from 'vitest';
import { holdAimBody, holdAimProblems, initialHoldValues, newAttendee, type HoldValues } from './hold-aim-values';

function filled(): HoldValues {
  const values = initialHoldValues('2025-03-12');
  values.attendees[0]!.name = 'Dee Director';
  values.attendees[1]!.name = ' Hana Head ';
  values.judgements[0] = { ...values.judgements[0]!, judgement: 'good', comment: ' Reading well taught. ' };
  values.priorities[0] = { ...values.priorities[0]!, priority: 'Phonics in Year 1', rag: 'amber' };
  values.nextSteps[0] = { ...values.nextSteps[0]!, text: 'Phonics training before half term' };
  return values;
}

describe('the AIM held, as the form checks and sends it', () => {
  it('starts on the AIM day with the improvement director in the chair and the headteacher', () => {
    const values = initialHoldValues('2025-03-12');
    expect(values.heldOn).toBe('2025-03-12');
    expect(values.attendees.map(({ role, chair }) => ({ role, chair }))).toEqual([
      { role: 'improvement-director', chair: true },
      { role: 'headteacher', chair: false },
    ]);
    expect(values.judgements.map((row) => row.heading)).toEqual(['quality-of-education', 'behaviour-and-attitudes', 'personal-development', 'leadership-and-management', 'early-years', 'sixth-form']);
  });

  it('finds nothing wrong with a complete meeting, and sends only the headings judged, trimmed', () => {
    const values = filled();
    expect(holdAimProblems(values, '2025-03-12')).toEqual({});
    expect(holdAimBody(values)).toEqual({
      heldOn: '2025-03-12',
      attendees: [
        { name: 'Dee Director', role: 'improvement-director', chair: true },
        { name: 'Hana Head', role: 'headteacher', chair: false },
      ],
      judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Reading well taught.' }],
      priorities: [{ priority: 'Phonics in Year 1', rag: 'amber' }],
      nextSteps: ['Phonics training before half term'],
    });
  });

  it("sends an attendee's staff id, trimmed, only when it is filled in", () => {
    const values = filled();
    values.attendees[1]!.staffId = ' ht-hana ';
    expect(holdAimProblems(values, '2025-03-12')).toEqual({});
    expect(holdAimBody(values).attendees).toEqual([
      { name: 'Dee Director', role: 'improvement-director', chair: true },
      { name: 'Hana Head', role: 'headteacher', chair: false, staffId: 'ht-hana' },
    ]);
  });

  it('refuses a staff id the API would refuse, or one member of staff listed twice', () => {
    const values = filled();
    values.attendees[0]!.staffId = 'ht hana';
    values.attendees[1]!.staffId = 'ht-hana';
    values.attendees.push({ ...newAttendee('governor'), name: 'Gail Governor', staffId: 'ht-hana' });
    expect(holdAimProblems(values, '2025-03-12')).toEqual({
      'attendees.0.staffId': 'Use 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit',
      'attendees.2.staffId': 'Listed already as attendee 2',
    });
  });

  it('names each problem at its field, as the API would refuse them', () => {
    const values = filled();
    values.heldOn = '2025-03-13';
    values.attendees.push({ ...newAttendee('headteacher'), name: 'Hana Head' });
    values.attendees[0]!.name = '   ';
    values.judgements = values.judgements.map((row) => ({ ...row, judgement: '', comment: '' }));
    values.judgements[1]!.comment = 'Said without a judgement';
    values.priorities[0]!.rag = '';
    values.nextSteps = [];
    expect(holdAimProblems(values, '2025-03-12')).toEqual({
      heldOn: 'Must not be in the future',
      'attendees.0.name': 'Write their name',
      'attendees.2.name': 'Listed already as attendee 2',
      'judgements.1.comment': 'Choose a judgement for this comment, or clear it',
      judgements: 'Judge at least one heading',
      'priorities.0.rag': 'Rate it red, amber or green',
      nextSteps: 'Write at least one next step',
    });
  });

  it('requires a comment under each heading judged, of at most 4,000 characters', () => {
    const values = filled();
    values.judgements[2] = { ...values.judgements[2]!, judgement: 'outstanding', comment: '' };
    values.judgements[3] = { ...values.judgements[3]!, judgement: 'inadequate', comment: 'x'.repeat(4001) };
    expect(holdAimProblems(values, '2025-03-12')).toEqual({
      'judgements.2.comment': 'Write a summary comment',
      'judgements.3.comment': 'At most 4,000 characters (4,001 written)',
    });
  });
});
