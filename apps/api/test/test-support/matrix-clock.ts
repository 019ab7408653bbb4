/**
 * The authorisation matrix's calendar, read by its app through the injected clock (never the wall clock's date).
 * It is Wednesday 12 March 2025, in the academic year 2024/25. The diary was entered a week before, so:
 * a visit or AIM of Tuesday 11 March has taken place (and was not recorded after the fact), and one of
 * Wednesday 19 March is still to come (a visit's focus may be set, an AIM's documents submitted).
 */
export const MATRIX_NOW = new Date('2025-03-12T15:00:00.000Z');
export const MATRIX_ACADEMIC_YEAR = '2024/25';
/** When the diary was entered. */
const DIARY_ENTERED = new Date('2025-03-05T09:00:00.000Z');
/** A visit or AIM on this day has taken place. */
export const DAY_TAKEN_PLACE = '2025-03-11';
/** A visit or AIM on this day is still to come. */
export const DAY_TO_COME = '2025-03-19';
/** An AIM on this day, entered a week before, has its documents overdue today (due on 11 March). */
export const DAY_DOCUMENTS_OVERDUE = '2025-03-18';

const clock = { now: MATRIX_NOW };

/** The clock the matrix's app runs on. */
export const matrixClock = (): Date => clock.now;

/**
 * Runs `step` on the day the diary was entered, so what it schedules is in the diary before its day comes.
 * The matrix's requests run one at a time, so nothing else sees the clock moved.
 */
export async function enteredInTheDiary<T>(step: () => Promise<T>): Promise<T> {
  clock.now = DIARY_ENTERED;
  try {
    return await step();
  } finally {
    clock.now = MATRIX_NOW;
  }
}
