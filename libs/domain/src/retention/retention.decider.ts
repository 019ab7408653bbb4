import type { Decider } from '../shared/decider.js';
import { calendarDate } from '../values/iso-date.js';
import { retentionEndedOn } from './past-retention.js';
import type { RetentionCommand } from './retention.commands.js';
import type { ErasedForRetention, RetentionEvent } from './retention.events.js';

/** What one day's retention has erased so far. */
export interface RetentionState {
  erased: ReadonlySet<string>;
}

/** The most records one RetentionApplied lists: a first run over a long history is recorded in several events. */
export const MAX_ERASED_PER_EVENT = 500;

/**
 * Retention on a day (`retention-<runOn>`): of the records still kept, those whose retention ended before
 * that day are erased, each recorded once however often retention runs that day.
 */
export const retentionDecider: Decider<RetentionCommand, RetentionEvent, RetentionState> = {
  initialState: () => ({ erased: new Set() }),
  evolve(state, event) {
    switch (event.type) {
      case 'RetentionApplied':
        return { erased: new Set([...state.erased, ...event.data.erased.map((record) => record.key)]) };
      default: {
        const _exhaustive: never = event.type;
        return _exhaustive;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'ApplyRetention': {
        const runOn = calendarDate(command.runOn, 'runOn');
        const due = new Map<string, ErasedForRetention>();
        for (const record of command.records) {
          if (state.erased.has(record.key) || due.has(record.key)) continue;
          const keptUntil = retentionEndedOn(record, command.schedule, runOn);
          const years = command.schedule[record.category];
          if (keptUntil !== null && years !== null) due.set(record.key, { key: record.key, category: record.category, academicYear: record.academicYear, years, keptUntil });
        }
        const erased = [...due.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const events: RetentionEvent[] = [];
        for (let start = 0; start < erased.length; start += MAX_ERASED_PER_EVENT) {
          events.push({ type: 'RetentionApplied', data: { runOn, erased: erased.slice(start, start + MAX_ERASED_PER_EVENT) } });
        }
        return events;
      }
      default: {
        const _exhaustive: never = command.type;
        return _exhaustive;
      }
    }
  },
};
