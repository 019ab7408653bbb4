import { RETENTION_CATEGORIES, RETENTION_CATEGORY_NAMES, retentionCategoryOfStream } from './retention-categories.js';
import { keptUntil } from './past-retention.js';
import { DEFAULT_RETENTION_SCHEDULE, parseRetentionSchedule, RetentionScheduleError } from './retention-schedule.js';

describe('the retention schedule', () => {
  it('is the documented defaults when RETENTION_YEARS is not set', () => {
    expect(parseRetentionSchedule(undefined)).toEqual({
      'tier-decisions-and-evidence': 10,
      'aim-meetings': 6,
      'improvement-plans': 6,
      'peer-reviews': 3,
      finance: 6,
      'safeguarding-concerns': 25,
    });
    expect(parseRetentionSchedule('  ')).toEqual(DEFAULT_RETENTION_SCHEDULE);
  });

  it('takes category=years and category=never in place of the defaults', () => {
    expect(parseRetentionSchedule('peer-reviews=5, aim-meetings=7,finance=never')).toEqual({ ...DEFAULT_RETENTION_SCHEDULE, 'peer-reviews': 5, 'aim-meetings': 7, finance: null });
  });

  it.each([
    ['peer-reviews', /category=years pairs/],
    ['peer-reviews=three', /category=years pairs/],
    ['pupils=3', /unknown category "pupils"/],
    ['finance=6,finance=7', /names finance twice/],
    ['finance=0', /from 1 to 99, or never/],
    ['finance=150', /from 1 to 99/],
  ])('refuses %s, naming the setting', (setting, message) => {
    expect(() => parseRetentionSchedule(setting)).toThrow(RetentionScheduleError);
    expect(() => parseRetentionSchedule(setting)).toThrow(/^RETENTION_YEARS /);
    expect(() => parseRetentionSchedule(setting)).toThrow(message);
  });
});

describe('categories and their years', () => {
  it.each([
    ['academy-ac-1', 'tier-decisions-and-evidence'],
    ['aim-a-1', 'aim-meetings'],
    ['improvement-plan-141023-2025-26', 'improvement-plans'],
    ['peer-review-group-g-1', 'peer-reviews'],
    ['peer-review-visit-v-1', 'peer-reviews'],
    ['recharge-r-1', 'finance'],
    ['budget-ac-1-2024-25', 'finance'],
    ['core-days-ac-1-2024-25', 'finance'],
    ['rate-card-2024-25', 'finance'],
    ['expertise-st-1', null],
    ['data-subject-staff:st-1', null],
    ['retention-2025-09-01', null],
  ])('a record of the stream %s is of %s', (streamId, category) => {
    expect(retentionCategoryOfStream(streamId)).toBe(category);
  });

  it('keeps an improvement plan for its year and six more by default (school development plans: the current year + 6), sealed under the year its events name', () => {
    expect(DEFAULT_RETENTION_SCHEDULE['improvement-plans']).toBe(6);
    expect(keptUntil('2025/26', 6)).toBe('2032-08-31');
    expect(RETENTION_CATEGORIES['improvement-plans'].yearOfRecord).toBe('named');
    expect(RETENTION_CATEGORY_NAMES.filter((name) => RETENTION_CATEGORIES[name].yearOfRecord === 'named')).toEqual(['improvement-plans']);
  });

  it('counts from 31 August of the record\'s academic year', () => {
    expect(keptUntil('2024/25', 3)).toBe('2028-08-31');
    expect(keptUntil('1999/00', 25)).toBe('2025-08-31');
  });
});
