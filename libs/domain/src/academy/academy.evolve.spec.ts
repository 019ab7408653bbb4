import { academyDecider } from './academy.decider.js';
import type { AcademyEvent } from './academy.events.js';
import { figureKey, targetKey, type AcademyState } from './academy.state.js';
import { ACADEMY_ID, kpiCorrected, kpiRecorded, kpiTargetSet, registered } from './test-support/academy-fixtures.js';

const fold = (events: AcademyEvent[]): AcademyState =>
  events.reduce(academyDecider.evolve, academyDecider.initialState());

describe('academy state', () => {
  it('starts not registered', () => {
    expect(academyDecider.initialState()).toEqual({ status: 'not-registered' });
  });

  it('holds the latest target and the current figure after corrections', () => {
    const state = fold([
      registered,
      kpiTargetSet({ target: 80 }),
      kpiTargetSet({ target: 82 }),
      kpiTargetSet({ kpi: 'attendance', target: 96 }),
      kpiRecorded(),
      kpiCorrected({ value: 79 }),
      kpiRecorded({ term: 'spring', value: 80 }),
    ]);
    expect(state).toEqual({
      status: 'registered',
      academyId: ACADEMY_ID,
      targets: new Map([
        [targetKey('2024/25', 'progress'), 82],
        [targetKey('2024/25', 'attendance'), 96],
      ]),
      figures: new Map([
        [figureKey('2024/25', 'autumn', 'progress'), 79],
        [figureKey('2024/25', 'spring', 'progress'), 80],
      ]),
    });
  });

  it('never changes a state it was given', () => {
    const before = fold([registered]);
    fold([registered, kpiRecorded()]);
    const after = academyDecider.evolve(before, kpiRecorded());
    expect(before).toEqual(fold([registered]));
    expect(after).not.toBe(before);
  });

  it('ignores KPI events on a stream with no registration, and a repeated registration', () => {
    expect(fold([kpiRecorded()])).toEqual({ status: 'not-registered' });
    const state = fold([registered, kpiRecorded()]);
    expect(academyDecider.evolve(state, registered)).toBe(state);
  });
});
