import { KPI_NAMES, ragFor, TERMS } from '@trust/domain';
import type { AcademyPhase, DomainEvent, KpiName, Rag, Term } from '@trust/domain';

/** The events the card is folded from; every other event leaves it as it is. */
export const ACADEMY_CARD_EVENT_TYPES = ['AcademyRegistered', 'KpiTargetSet', 'KpiRecorded', 'KpiCorrected'] as const;
export type AcademyCardEventType = (typeof ACADEMY_CARD_EVENT_TYPES)[number];
export type AcademyCardEvent = Extract<DomainEvent, { type: AcademyCardEventType }>;

export type SupportTier = 1 | 2 | 3;
export type OverallEffectiveness = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';
export type RiskLevel = 'low' | 'medium' | 'high';

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
  // Filled by the tier, inspection, risk, SIP and AIM events as they join the domain.
  tier: SupportTier | null;
  overallEffectiveness: OverallEffectiveness | null;
  riskLevel: RiskLevel | null;
  sip: AcademyCardSip | null;
  nextAim: AcademyCardAim | null;
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
        tier: null,
        overallEffectiveness: null,
        riskLevel: null,
        sip: null,
        nextAim: null,
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
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
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
    return [...kpis, rated({ kpi, academicYear, term: null, value: null, target, nationalAverage: null, corrected: false })];
  }
  return kpis.map((row) => (sameKpi(row, { academicYear, kpi }) ? rated({ ...row, target }) : row));
}

type Figure = KpiKey & { term: Term; value: number; nationalAverage: number | null; corrected: boolean };

/** Puts a figure on the card: it replaces the target's placeholder row (term null) and any earlier figure for the term. */
function placeFigure(kpis: readonly AcademyCardKpi[], { academicYear, kpi, term, value, nationalAverage, corrected }: Figure): AcademyCardKpi[] {
  const target = kpis.find((row) => sameKpi(row, { academicYear, kpi }))?.target ?? null;
  const others = kpis.filter((row) => !(sameKpi(row, { academicYear, kpi }) && (row.term === null || row.term === term)));
  return [...others, rated({ kpi, academicYear, term, value, target, nationalAverage, corrected })];
}

function correctFigure(kpis: readonly AcademyCardKpi[], { academicYear, kpi, term, value }: KpiKey & { term: Term; value: number }): AcademyCardKpi[] {
  const existing = kpis.find((row) => sameKpi(row, { academicYear, kpi }) && row.term === term);
  if (existing === undefined) {
    // A correction of a figure the card never saw: show it, marked corrected, rather than drop it.
    return placeFigure(kpis, { academicYear, kpi, term, value, nationalAverage: null, corrected: true });
  }
  return kpis.map((row) => (row === existing ? rated({ ...row, value, corrected: true }) : row));
}

function rated(row: Omit<AcademyCardKpi, 'rag'>): AcademyCardKpi {
  const { kpi, academicYear, term, value, target, nationalAverage, corrected } = row;
  return { kpi, academicYear, term, value, target, nationalAverage, rag: ragFor({ kpi, value, target, nationalAverage }), corrected };
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
