import type { AcademyPhase } from './academy-phase.js';
import type { KpiName, Term } from '../kpi/kpi-name.js';
import type { KpiSource } from '../kpi/kpi-source.js';
import type { EvidenceEvent } from '../evidence/evidence.events.js';
import type { TierEvent } from '../tier/tier.events.js';

/** Events of one academy's stream (`academy-<URN>`). Data is plain JSON: dates are ISO strings. */

export type AcademyRegisteredData = {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  hub: string;
  /** The day the academy joined the trust (YYYY-MM-DD). */
  joinedOn: string;
  /** URNs the school held before converting or being re-brokered. */
  predecessorUrns: string[];
};

export type KpiTargetSetData = {
  academyId: string;
  academicYear: string;
  kpi: KpiName;
  target: number;
};

export type KpiRecordedData = {
  academyId: string;
  academicYear: string;
  term: Term;
  kpi: KpiName;
  value: number;
  /** The national average recorded with the figure (attendance is held to it when no target is set). */
  nationalAverage: number | null;
  /** Schema v2: where the figure came from; a v1 figure, stored before it was asked for, reads `not-recorded`. */
  source: KpiSource;
};

export type KpiCorrectedData = {
  academyId: string;
  academicYear: string;
  term: Term;
  kpi: KpiName;
  value: number;
  previousValue: number;
  reason: string;
};

export type AcademyEvent =
  | { type: 'AcademyRegistered'; data: AcademyRegisteredData }
  | { type: 'KpiTargetSet'; data: KpiTargetSetData }
  | { type: 'KpiRecorded'; data: KpiRecordedData }
  | { type: 'KpiCorrected'; data: KpiCorrectedData }
  | EvidenceEvent
  | TierEvent;

export const academyStreamId = (academyId: string): string => `academy-${academyId}`;
