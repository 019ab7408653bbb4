import { DomainError } from '../shared/domain-error.js';
import type { KpiName, Term } from '../kpi/kpi-name.js';
import type { EvidenceState } from '../evidence/evidence.state.js';

/** What the academy decider needs to know: whether it is registered, its targets, its current figures and its evidence. */
export type AcademyState = NotRegisteredAcademy | RegisteredAcademy;

export type NotRegisteredAcademy = { status: 'not-registered' };

export type RegisteredAcademy = {
  status: 'registered';
  academyId: string;
  /** Target per academic year and KPI (see targetKey). */
  targets: ReadonlyMap<string, number>;
  /** Current figure, after corrections, per academic year, term and KPI (see figureKey). */
  figures: ReadonlyMap<string, number>;
  evidence: EvidenceState;
};

export const targetKey = (academicYear: string, kpi: KpiName): string => `${academicYear}|${kpi}`;

export const figureKey = (academicYear: string, term: Term, kpi: KpiName): string => `${academicYear}|${term}|${kpi}`;

/** The state a command other than registration needs, or 404 when the academy is unknown. */
export function registeredAcademy(state: AcademyState, academyId: string): RegisteredAcademy {
  if (state.status === 'not-registered' || state.academyId !== academyId) {
    throw DomainError.notFound(`academy ${academyId} is not registered`);
  }
  return state;
}
