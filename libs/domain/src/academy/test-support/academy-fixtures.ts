import { deciderSpec } from '../../test-support/decider-spec.js';
import { academyDecider } from '../academy.decider.js';
import type {
  AcademyEvent,
  AcademyRegisteredData,
  KpiCorrectedData,
  KpiRecordedData,
  KpiTargetSetData,
} from '../academy.events.js';

/** Fixtures for the academy decider specs. */

export const NOW = new Date('2025-03-15T12:00:00Z');

export const given = deciderSpec(academyDecider, { now: NOW });

export const ACADEMY_ID = '123456';

export function academyRegistered(data: Partial<AcademyRegisteredData> = {}): AcademyEvent {
  return {
    type: 'AcademyRegistered',
    data: {
      academyId: ACADEMY_ID,
      name: 'Oakfield Primary Academy',
      phase: 'primary',
      hub: 'North',
      joinedOn: '2021-09-01',
      predecessorUrns: [],
      ...data,
    },
  };
}

export const registered = academyRegistered();

export function kpiRecorded(data: Partial<KpiRecordedData> = {}): AcademyEvent {
  return {
    type: 'KpiRecorded',
    data: {
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      term: 'autumn',
      kpi: 'progress',
      value: 78.5,
      nationalAverage: null,
      source: 'academy-data',
      ...data,
    },
  };
}

export function kpiTargetSet(data: Partial<KpiTargetSetData> = {}): AcademyEvent {
  return {
    type: 'KpiTargetSet',
    data: { academyId: ACADEMY_ID, academicYear: '2024/25', kpi: 'progress', target: 80, ...data },
  };
}

/** By default, corrects the default kpiRecorded() figure 78.5 to 81. */
export function kpiCorrected(data: Partial<KpiCorrectedData> = {}): AcademyEvent {
  return {
    type: 'KpiCorrected',
    data: {
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      term: 'autumn',
      kpi: 'progress',
      value: 81,
      previousValue: 78.5,
      reason: 'Validated data replaced the provisional figure',
      ...data,
    },
  };
}

/** Strings that are not text of 1–`max` characters once trimmed. */
export const badTexts = (max: number): [string, unknown][] => [
  ['empty', ''],
  ['only spaces', '   '],
  [`longer than ${max} characters`, 'x'.repeat(max + 1)],
  ['not a string', 42],
];
