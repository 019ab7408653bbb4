import type { AnyImportKind } from '../import-kind.js';
import { academiesKind } from './academies.js';
import { annualReviewsKind } from './annual-reviews.js';
import { commissionedReviewsKind } from './commissioned-reviews.js';
import { inspectionsKind } from './inspections.js';
import { outcomesKind } from './outcomes.js';
import { riskAssessmentsKind } from './risk-assessments.js';
import { sipAssignmentsKind } from './sip-assignments.js';
import { sipVisitsKind } from './sip-visits.js';
import { tierDecisionsKind } from './tier-decisions.js';
import { aimsHeldKind } from './aims-held.js';
import { improvementPlansKind } from './improvement-plans.js';
import { budgetsKind } from './budgets.js';
import { kpiTargetsKind } from './kpi-targets.js';
import { kpisKind } from './kpis.js';
import { rateCardsKind } from './rate-cards.js';
import { rechargesKind } from './recharges.js';

/** Every kind of file an import takes, in the order a trust's history is best loaded. */
export const IMPORT_KINDS: readonly AnyImportKind[] = [
  academiesKind,
  kpiTargetsKind,
  kpisKind,
  inspectionsKind,
  outcomesKind,
  annualReviewsKind,
  riskAssessmentsKind,
  sipAssignmentsKind,
  sipVisitsKind,
  commissionedReviewsKind,
  tierDecisionsKind,
  aimsHeldKind,
  improvementPlansKind,
  rateCardsKind,
  budgetsKind,
  rechargesKind,
];

export const IMPORT_KIND_NAMES: readonly string[] = IMPORT_KINDS.map((kind) => kind.name);

export function importKind(name: string): AnyImportKind | null {
  return IMPORT_KINDS.find((kind) => kind.name === name) ?? null;
}
