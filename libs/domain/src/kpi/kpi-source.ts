/**
 * Where a KPI figure came from (KpiRecorded v2): the academy's own data (its tracking, registers,
 * destinations survey) or a published measure (DfE performance tables, attendance statistics).
 * A trust reads the two differently: an academy's own figure is provisional until moderated or published.
 * `not-recorded` is only ever the upcast of a v1 figure, stored before the source was asked for; a
 * command cannot send it.
 */
export const KPI_SOURCES = ['academy-data', 'published', 'not-recorded'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

/** The sources a command may give. */
export const RECORDABLE_KPI_SOURCES = ['academy-data', 'published'] as const satisfies readonly KpiSource[];
export type RecordableKpiSource = (typeof RECORDABLE_KPI_SOURCES)[number];

/** What a command that names no source records: the academy's own figure, how most figures arrive. */
export const DEFAULT_KPI_SOURCE: RecordableKpiSource = 'academy-data';
