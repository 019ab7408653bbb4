import { KPI_NAMES, TERMS } from '@trust/domain';

export const kpiMessage = `kpi must be one of: ${KPI_NAMES.join(', ')}`;
export const termMessage = `term must be one of: ${TERMS.join(', ')}`;

export const KPI_DESCRIPTION =
  'progress: % pupils making at least expected progress; curriculum: grade 1–4 (lower is better); teaching: % teaching at least secure Good; attendance: % attendance; transition: % positive post-school destinations.';

export const VALUE_DESCRIPTION = 'A percentage 0–100 (at most 2 decimal places), or for curriculum a whole grade 1–4.';
