import { DomainError } from '../shared/domain-error.js';
import { parseList, parseObjectItem } from '../aim/input-lists.js';
import { KPI_NAMES, type KpiName } from '../kpi/kpi-name.js';
import { parseKpiName } from '../values/kpi-name.js';
import { MAX_LINE_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../values/limits.js';
import { parseText } from '../values/text.js';

/**
 * A KPI of the academy card a priority targets, and what success is. Seed 000, Tier 2: "KPIs identified
 * through academy development plan and monitored through academy card".
 */
export type PlanKpiTarget = { kpi: KpiName; successCriteria: string };

/** A priority's title: one line, as an AIM's priorities and a peer review visit's aspects are. */
export function parsePriorityTitle(input: unknown, field: string): string {
  return parseText(input, field, MAX_LINE_LENGTH);
}

/** The evidence the priority comes from: seed 000's "audit and analyse cycle to evaluate priorities". */
export function parsePriorityEvidence(input: unknown, field: string): string {
  return parseText(input, field, MAX_LONG_TEXT_LENGTH);
}

/** None to all five KPIs, each at most once: a priority may target no KPI of the card (a culture of safeguarding). */
export function parseKpiTargets(input: unknown, field: string): PlanKpiTarget[] {
  const targets = parseList(input, field, { min: 0, max: KPI_NAMES.length }, (raw, itemField) => {
    const item = parseObjectItem(raw, itemField, '{ kpi, successCriteria }');
    return {
      kpi: parseKpiName(item.get('kpi'), `${itemField}.kpi`),
      successCriteria: parseText(item.get('successCriteria'), `${itemField}.successCriteria`, MAX_TEXT_LENGTH),
    };
  });
  targets.forEach((target, index) => {
    if (targets.findIndex((other) => other.kpi === target.kpi) !== index) {
      throw DomainError.invalid(`${field}[${index}].kpi`, `${target.kpi} is targeted more than once`);
    }
  });
  return targets;
}

/** The same KPIs with the same success criteria, in any order. */
export function sameKpiTargets(a: readonly PlanKpiTarget[], b: readonly PlanKpiTarget[]): boolean {
  return (
    a.length === b.length &&
    a.every((target) => b.some((other) => other.kpi === target.kpi && other.successCriteria === target.successCriteria))
  );
}
