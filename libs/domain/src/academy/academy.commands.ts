/**
 * Commands on one academy, with input as it arrives from a client (docs/API-CONVENTIONS.md): every field is
 * validated by the decider, which names the field it refuses.
 */

export type RegisterAcademy = {
  type: 'RegisterAcademy';
  academyId: string;
  name: string;
  phase: string;
  hub: string;
  joinedOn: string;
  predecessorUrns?: readonly string[] | null;
};

export type SetKpiTarget = {
  type: 'SetKpiTarget';
  academyId: string;
  academicYear: string;
  kpi: string;
  target: number;
};

export type RecordKpi = {
  type: 'RecordKpi';
  academyId: string;
  kpi: string;
  academicYear: string;
  term: string;
  value: number;
  nationalAverage?: number | null;
  /** `academy-data` (the default) or `published`. */
  source?: string;
};

export type CorrectKpi = {
  type: 'CorrectKpi';
  academyId: string;
  kpi: string;
  academicYear: string;
  term: string;
  value: number;
  reason: string;
};

export type AcademyCommand = RegisterAcademy | SetKpiTarget | RecordKpi | CorrectKpi;
