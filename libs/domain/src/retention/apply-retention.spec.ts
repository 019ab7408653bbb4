import { deciderSpec } from '../test-support/decider-spec.js';
import type { RetainedRecord } from './past-retention.js';
import type { ApplyRetention } from './retention.commands.js';
import { MAX_ERASED_PER_EVENT, retentionDecider } from './retention.decider.js';
import type { RetentionEvent } from './retention.events.js';
import { DEFAULT_RETENTION_SCHEDULE } from './retention-schedule.js';

const NOW = new Date('2028-09-02T02:00:00.000Z');
const given = deciderSpec(retentionDecider, { now: NOW });

const aim2020: RetainedRecord = { key: 'record:aim-a-1:2020/21', category: 'aim-meetings', academicYear: '2020/21' };
const visit2024: RetainedRecord = { key: 'record:peer-review-visit-v-1:2024/25', category: 'peer-reviews', academicYear: '2024/25' };
const visit2025: RetainedRecord = { key: 'record:peer-review-visit-v-2:2025/26', category: 'peer-reviews', academicYear: '2025/26' };
const finance2001: RetainedRecord = { key: 'record:recharge-r-1:2001/02', category: 'finance', academicYear: '2001/02' };

const apply = (runOn: string, records: readonly RetainedRecord[], schedule = DEFAULT_RETENTION_SCHEDULE): ApplyRetention => ({ type: 'ApplyRetention', runOn, schedule, records });

const visit2024Erased: RetentionEvent = {
  type: 'RetentionApplied',
  data: { runOn: '2028-09-01', erased: [{ key: visit2024.key, category: 'peer-reviews', academicYear: '2024/25', years: 3, keptUntil: '2028-08-31' }] },
};

describe('ApplyRetention', () => {
  it('erases a record the day after its retention ended: the end of its academic year plus the years of its category', () => {
    given([]).when(apply('2028-09-01', [visit2024, visit2025])).then([visit2024Erased]);
  });

  it('keeps a record on the last day of its retention', () => {
    given([]).when(apply('2028-08-31', [visit2024])).thenNothing();
  });

  it('keeps each category for its own years: AIM meetings six years, peer reviews three', () => {
    given([])
      .when(apply('2027-09-01', [aim2020, visit2024]))
      .then([{ type: 'RetentionApplied', data: { runOn: '2027-09-01', erased: [{ key: aim2020.key, category: 'aim-meetings', academicYear: '2020/21', years: 6, keptUntil: '2027-08-31' }] } }]);
  });

  it('never erases a category kept until erased on request', () => {
    given([]).when(apply('2099-01-01', [finance2001], { ...DEFAULT_RETENTION_SCHEDULE, finance: null })).thenNothing();
  });

  it('follows the schedule it is given', () => {
    given([]).when(apply('2028-09-01', [visit2024], { ...DEFAULT_RETENTION_SCHEDULE, 'peer-reviews': 4 })).thenNothing();
    given([])
      .when(apply('2028-09-01', [finance2001], { ...DEFAULT_RETENTION_SCHEDULE, finance: 2 }))
      .then([{ type: 'RetentionApplied', data: { runOn: '2028-09-01', erased: [{ key: finance2001.key, category: 'finance', academicYear: '2001/02', years: 2, keptUntil: '2004-08-31' }] } }]);
  });

  it('records a record once a day, however often retention runs that day and however often the record is listed', () => {
    given([visit2024Erased]).when(apply('2028-09-01', [visit2024, visit2024])).thenNothing();
    given([]).when(apply('2028-09-01', [visit2024, visit2024])).then([visit2024Erased]);
  });

  it(`lists at most ${MAX_ERASED_PER_EVENT} records an event, in the order of their keys`, () => {
    const records = Array.from({ length: MAX_ERASED_PER_EVENT + 1 }, (_, i): RetainedRecord => ({ key: `record:aim-a-${String(i).padStart(4, '0')}:2020/21`, category: 'aim-meetings', academicYear: '2020/21' }));
    const events = retentionDecider.decide(apply('2027-09-01', [...records].reverse()), retentionDecider.initialState(), { now: NOW });
    expect(events.map((event) => event.data.erased.length)).toEqual([MAX_ERASED_PER_EVENT, 1]);
    expect(events.flatMap((event) => event.data.erased.map((record) => record.key))).toEqual(records.map((record) => record.key));
  });

  it('refuses a day that is not a calendar date, naming runOn', () => {
    given([]).when(apply('2028-02-30', [visit2024])).thenThrows('invalid', 'runOn');
  });
});
