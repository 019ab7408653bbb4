import type { RetainedRecord } from './past-retention.js';
import type { RetentionSchedule } from './retention-schedule.js';

/** Apply the schedule on a day to the records still kept (their keys live): those past retention are erased. */
export type ApplyRetention = { type: 'ApplyRetention'; runOn: string; schedule: RetentionSchedule; records: readonly RetainedRecord[] };

export type RetentionCommand = ApplyRetention;
