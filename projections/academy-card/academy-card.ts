import { effectiveDateOf, KPI_NAMES, ragFor, readInspectionForTier, TERMS } from '@trust/domain';
import type { AcademyPhase, DomainEvent, EifGrade, Inspection, KpiName, KpiSource, Rag, RiskLevel as DomainRiskLevel, SupportTier as DomainSupportTier, Term } from '@trust/domain';

/** The events the card is folded from; every other event leaves it as it is. */
export const ACADEMY_CARD_EVENT_TYPES = [
  'AcademyRegistered',
  'KpiTargetSet',
  'KpiRecorded',
  'KpiCorrected',
  'InspectionRecorded',
  'RiskAssessed',
  'SipAssigned',
  'TierAssigned',
  'AimScheduled',
  'AimRescheduled',
  'AimHeld',
] as const;
export type AcademyCardEventType = (typeof ACADEMY_CARD_EVENT_TYPES)[number];
export type AcademyCardEvent = Extract<DomainEvent, { type: AcademyCardEventType }>;

export type SupportTier = DomainSupportTier;
export type OverallEffectiveness = EifGrade;
export type RiskLevel = DomainRiskLevel;

/**
 * The overall effectiveness of an inspection under a framework that gives no overall grade (eif-2024,
 * report-card-2025): no grade is invented; the card says how the tier policy reads the inspection.
 */
export interface UngradedOverallEffectiveness {
  framework: 'eif-2024' | 'report-card-2025';
  grade: null;
  /** Whether the tier policy reads the inspection as below Good (libs/domain/src/tier/inspection-reading.ts). */
  belowGood: boolean;
  /** That reading in words: each finding below Good, or why it is Good or better. */
  summary: string;
}

/** The latest inspection as the card shows it: the eif-2019 grade as it was given, or a reading of the newer frameworks. */
export type CardOverallEffectiveness = OverallEffectiveness | UngradedOverallEffectiveness;

export interface AcademyCardSip {
  sipId: string;
  name: string;
  approvedOn: string;
}

export interface AcademyCardAim {
  aimId: string;
  date: string;
  format: 'one-day' | 'one-and-a-half-day';
}

/** One row of the card: a KPI's figure for a term, or (term and value null) a target with no figure yet. */
export interface AcademyCardKpi {
  kpi: KpiName;
  academicYear: string;
  term: Term | null;
  value: number | null;
  target: number | null;
  nationalAverage: number | null;
  /** Where the figure came from (KpiRecorded v2; `not-recorded` for a figure stored at v1); null on a target's row with no figure. */
  source: KpiSource | null;
  rag: Rag;
  /** The figure shown is a correction of the one first recorded. */
  corrected: boolean;
}

export interface RagSummary {
  green: number;
  amber: number;
  red: number;
  grey: number;
}

/** The card as the API answers it (GET /academies/:id/card). */
export interface AcademyCardView {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  hub: string;
  joinedOn: string;
  predecessorUrns: string[];
  /** The current tier: the latest decision for the most recent academic year decided. */
  tier: SupportTier | null;
  /** The academic year that tier was decided for. */
  tierAcademicYear: string | null;
  /** Of the latest inspection (latest by date; of two on one day, the later recorded). */
  overallEffectiveness: CardOverallEffectiveness | null;
  /** The latest inspection with its framework's own grades. */
  latestInspection: Inspection | null;
  /** Of the latest risk assessment (latest by date; of two on one day, the later recorded). */
  riskLevel: RiskLevel | null;
  riskAssessedOn: string | null;
  /** The School Improvement Partner assigned now. */
  sip: AcademyCardSip | null;
  /** The first of upcomingAims: the Academy Improvement Meeting to prepare for. */
  nextAim: AcademyCardAim | null;
  /** The AIMs scheduled and not yet held, by date (then id): a rescheduled one moves, a held one leaves. */
  upcomingAims: AcademyCardAim[];
  /** By academic year, then term (a target's row with no figure first, then autumn, spring, summer), then KPI in KPI_NAMES order. */
  kpis: AcademyCardKpi[];
  ragSummary: RagSummary;
}

/** The card with the global position of the last event folded into it. */
export interface AcademyCard extends AcademyCardView {
  lastPosition: bigint;
}

/** A row of GET /academies. */
export interface AcademyListItem {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  hub: string;
  tier: SupportTier | null;
  ragSummary: RagSummary;
}

export function isAcademyCardEvent(event: DomainEvent): event is AcademyCardEvent {
  return (ACADEMY_CARD_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * The card after one more event at `position`. Pure. An event at or below the card's last position
 * has been folded in already and changes nothing, so replaying events is harmless. Events about an
 * academy that has no card yet (none should precede its registration) are ignored.
 */
export function evolveAcademyCard(card: AcademyCard | null, event: DomainEvent, position: bigint): AcademyCard | null {
  if (card !== null && position <= card.lastPosition) return card;
  if (!isAcademyCardEvent(event)) return card;
  switch (event.type) {
    case 'AcademyRegistered': {
      if (card !== null) return card;
      const { academyId, name, phase, hub, joinedOn, predecessorUrns } = event.data;
      return {
        academyId,
        name,
        phase,
        hub,
        joinedOn,
        predecessorUrns: [...predecessorUrns],
        ...EMPTY_EVIDENCE,
        kpis: [],
        ragSummary: summariseRag([]),
        lastPosition: position,
      };
    }
    case 'KpiTargetSet':
      return card === null ? null : withKpis(card, setTarget(card.kpis, event.data), position);
    case 'KpiRecorded':
      return card === null ? null : withKpis(card, placeFigure(card.kpis, { ...event.data, corrected: false }), position);
    case 'KpiCorrected':
      return card === null ? null : withKpis(card, correctFigure(card.kpis, event.data), position);
    case 'InspectionRecorded': {
      if (card === null) return null;
      const { academyId: _academyId, ...inspection } = event.data;
      // The latest by date; of two on one day, the later recorded (as the tier policy reads them).
      if (card.latestInspection !== null && inspection.inspectedOn < card.latestInspection.inspectedOn) return { ...card, lastPosition: position };
      return { ...card, latestInspection: inspection, overallEffectiveness: overallEffectivenessOf(inspection), lastPosition: position };
    }
    case 'RiskAssessed': {
      if (card === null) return null;
      const { assessedOn, level } = event.data;
      if (card.riskAssessedOn !== null && assessedOn < card.riskAssessedOn) return { ...card, lastPosition: position };
      return { ...card, riskLevel: level, riskAssessedOn: assessedOn, lastPosition: position };
    }
    case 'SipAssigned': {
      if (card === null) return null;
      const { sipId, name, approvedOn } = event.data;
      return { ...card, sip: { sipId, name, approvedOn }, lastPosition: position };
    }
    case 'TierAssigned': {
      if (card === null) return null;
      const { academicYear, tier } = event.data;
      // A revision of an earlier year than the one shown is kept in the tier history, not on the card.
      if (card.tierAcademicYear !== null && academicYear < card.tierAcademicYear) return { ...card, lastPosition: position };
      return { ...card, tier, tierAcademicYear: academicYear, lastPosition: position };
    }
    case 'AimScheduled': {
      if (card === null) return null;
      const { aimId, date, format } = event.data;
      return withUpcomingAims(card, [...card.upcomingAims.filter((aim) => aim.aimId !== aimId), { aimId, date, format }], position);
    }
    case 'AimRescheduled': {
      if (card === null) return null;
      const { aimId, date } = event.data;
      return withUpcomingAims(card, card.upcomingAims.map((aim) => (aim.aimId === aimId ? { ...aim, date } : aim)), position);
    }
    case 'AimHeld': {
      if (card === null) return null;
      return withUpcomingAims(card, card.upcomingAims.filter((aim) => aim.aimId !== event.data.aimId), position);
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function withUpcomingAims(card: AcademyCard, aims: readonly AcademyCardAim[], position: bigint): AcademyCard {
  const upcomingAims = [...aims].sort((a, b) => a.date.localeCompare(b.date) || a.aimId.localeCompare(b.aimId));
  return { ...card, upcomingAims, nextAim: upcomingAims[0] ?? null, lastPosition: position };
}

/** What the card shows of an academy's evidence, tier and AIMs before any is recorded. */
export const EMPTY_EVIDENCE = {
  tier: null,
  tierAcademicYear: null,
  overallEffectiveness: null,
  latestInspection: null,
  riskLevel: null,
  riskAssessedOn: null,
  sip: null,
  nextAim: null,
  upcomingAims: [],
} as const satisfies Partial<AcademyCardView>;

/**
 * The eif-2019 overall effectiveness grade as given. The frameworks since have no overall grade, and
 * grades of different frameworks are not comparable (docs/DOMAIN.md, "Inspection frameworks"), so for them the card
 * gives the tier policy's reading instead of a grade.
 */
export function overallEffectivenessOf(inspection: Inspection): CardOverallEffectiveness {
  if (inspection.framework === 'eif-2019') return inspection.overallEffectiveness;
  const reading = readInspectionForTier(inspection);
  return { framework: inspection.framework, grade: null, belowGood: reading.belowGood, summary: reading.sentences.join(' ') };
}

/** The card without its position: what is stored as JSON and answered by the API. */
export function academyCardView({ lastPosition: _lastPosition, ...view }: AcademyCard): AcademyCardView {
  return view;
}

/**
 * For the latest academic year with any figure or target: each KPI's RAG in its latest term with a
 * figure, or grey for a KPI with a target and no figure yet. KPIs with neither are not counted.
 */
export function summariseRag(kpis: readonly AcademyCardKpi[]): RagSummary {
  const summary: RagSummary = { green: 0, amber: 0, red: 0, grey: 0 };
  const latestYear = kpis.reduce<string | null>((latest, row) => (latest === null || row.academicYear > latest ? row.academicYear : latest), null);
  if (latestYear === null) return summary;
  for (const kpi of KPI_NAMES) {
    const rows = kpis.filter((row) => row.academicYear === latestYear && row.kpi === kpi);
    const latest = rows.reduce<AcademyCardKpi | undefined>((found, row) => (found === undefined || termRank(row.term) > termRank(found.term) ? row : found), undefined);
    if (latest !== undefined) summary[latest.rag] += 1;
  }
  return summary;
}

type KpiKey = { academicYear: string; kpi: KpiName };

function withKpis(card: AcademyCard, kpis: AcademyCardKpi[], position: bigint): AcademyCard {
  const sorted = [...kpis].sort(compareRows);
  return { ...card, kpis: sorted, ragSummary: summariseRag(sorted), lastPosition: position };
}

function setTarget(kpis: readonly AcademyCardKpi[], { academicYear, kpi, target }: KpiKey & { target: number }): AcademyCardKpi[] {
  const rows = kpis.filter((row) => sameKpi(row, { academicYear, kpi }));
  if (rows.length === 0) {
    return [...kpis, rated({ kpi, academicYear, term: null, value: null, target, nationalAverage: null, source: null, corrected: false })];
  }
  return kpis.map((row) => (sameKpi(row, { academicYear, kpi }) ? rated({ ...row, target }) : row));
}

type Figure = KpiKey & { term: Term; value: number; nationalAverage: number | null; source: KpiSource | null; corrected: boolean };

/** Puts a figure on the card: it replaces the target's placeholder row (term null) and any earlier figure for the term. */
function placeFigure(kpis: readonly AcademyCardKpi[], { academicYear, kpi, term, value, nationalAverage, source, corrected }: Figure): AcademyCardKpi[] {
  const target = kpis.find((row) => sameKpi(row, { academicYear, kpi }))?.target ?? null;
  const others = kpis.filter((row) => !(sameKpi(row, { academicYear, kpi }) && (row.term === null || row.term === term)));
  return [...others, rated({ kpi, academicYear, term, value, target, nationalAverage, source, corrected })];
}

function correctFigure(kpis: readonly AcademyCardKpi[], { academicYear, kpi, term, value }: KpiKey & { term: Term; value: number }): AcademyCardKpi[] {
  const existing = kpis.find((row) => sameKpi(row, { academicYear, kpi }) && row.term === term);
  if (existing === undefined) {
    // A correction of a figure the card never saw: show it, marked corrected, rather than drop it.
    return placeFigure(kpis, { academicYear, kpi, term, value, nationalAverage: null, source: null, corrected: true });
  }
  return kpis.map((row) => (row === existing ? rated({ ...row, value, corrected: true }) : row));
}

function rated(row: Omit<AcademyCardKpi, 'rag'>): AcademyCardKpi {
  const { kpi, academicYear, term, value, target, nationalAverage, corrected } = row;
  // A card stored before KpiRecorded v2 has rows without a source until the read model is rebuilt.
  const source = row.source ?? null;
  return { kpi, academicYear, term, value, target, nationalAverage, source, rag: ragFor({ kpi, value, target, nationalAverage }), corrected };
}

function sameKpi(row: AcademyCardKpi, { academicYear, kpi }: KpiKey): boolean {
  return row.academicYear === academicYear && row.kpi === kpi;
}

function termRank(term: Term | null): number {
  return term === null ? -1 : TERMS.indexOf(term);
}

function compareRows(a: AcademyCardKpi, b: AcademyCardKpi): number {
  if (a.academicYear !== b.academicYear) return a.academicYear < b.academicYear ? -1 : 1;
  return termRank(a.term) - termRank(b.term) || KPI_NAMES.indexOf(a.kpi) - KPI_NAMES.indexOf(b.kpi);
}

/** An event of one academy's stream with its global position. */
export interface PositionedEvent {
  event: DomainEvent;
  position: bigint;
}

/**
 * The card on a date (as effective) by what was known at a position (as recorded; everything when
 * null): the same fold the projection stores, over the academy's own events whose effective date is
 * on or before `on` and whose position is at or before `asOf`. Null when the academy was not yet
 * registered on that date (or not yet known then).
 */
export function academyCardOn(events: Iterable<PositionedEvent>, on: string, asOf: bigint | null): AcademyCardView | null {
  let card: AcademyCard | null = null;
  for (const { event, position } of events) {
    if (asOf !== null && position > asOf) break;
    const effective = effectiveDateOf(event);
    if (effective !== null && effective > on) continue;
    card = evolveAcademyCard(card, event, position);
  }
  return card === null ? null : academyCardView(card);
}
