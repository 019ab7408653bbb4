import { postingsFor, RECHARGE_LEDGER_EVENT_TYPES, type DomainEvent, type ImprovementBudget, type LedgerLine } from '@trust/domain';

/**
 * The events the recharge-ledger read model is folded from: those that post to the ledger, and the
 * budget agreements it is reconciled against. Every other event leaves it as it is.
 */
export const RECHARGE_LEDGER_SOURCE_EVENT_TYPES = [...RECHARGE_LEDGER_EVENT_TYPES, 'ImprovementBudgetAgreed'] as const;
export type RechargeLedgerSourceEventType = (typeof RECHARGE_LEDGER_SOURCE_EVENT_TYPES)[number];

/** A ledger line as the read model keeps it: the domain's line, where it came from and its place in the ledger. */
export interface PostedLedgerLine extends LedgerLine {
  /** Global position of the event that posted it. */
  position: bigint;
  /** The line's number among its event's lines, from 1 (the debit before the credit, as postingsFor gives them). */
  lineNumber: number;
}

/** The latest budget agreed for an academy and year, with the position of that agreement. */
export interface PositionedBudget extends ImprovementBudget {
  position: bigint;
}

/** What one event changes in the ledger: the lines it posts and the budget it agrees, if any. */
export interface RechargeLedgerChange {
  lines: PostedLedgerLine[];
  budget: PositionedBudget | null;
}

/** The whole read model, as the pure fold gives it: the SQL tables hold the same. */
export interface RechargeLedger {
  /** In position order, then line number. */
  lines: PostedLedgerLine[];
  /** Keyed by budgetKey(academyId, academicYear). */
  budgets: ReadonlyMap<string, PositionedBudget>;
  /** The last position folded in: an event at or below it has been seen and changes nothing. */
  lastPosition: bigint;
}

export const budgetKey = (academyId: string, academicYear: string): string => `${academyId}|${academicYear}`;

export function isRechargeLedgerSourceEvent(event: DomainEvent): event is Extract<DomainEvent, { type: RechargeLedgerSourceEventType }> {
  return (RECHARGE_LEDGER_SOURCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** What the event at `position` changes: the domain's postings (numbered) and the budget it agrees. Pure. */
export function rechargeLedgerChange(event: DomainEvent, position: bigint): RechargeLedgerChange {
  const lines = postingsFor(event).map((line, index): PostedLedgerLine => ({ ...line, position, lineNumber: index + 1 }));
  if (event.type !== 'ImprovementBudgetAgreed') return { lines, budget: null };
  const { academyId, academicYear, amountPence } = event.data;
  return { lines, budget: { academyId, academicYear, amountPence, position } };
}

export const initialRechargeLedger = (): RechargeLedger => ({ lines: [], budgets: new Map(), lastPosition: 0n });

/**
 * The ledger after one more event at `position`. Pure. Events arrive in position order; one at or
 * below the last position folded in has been applied already and changes nothing.
 */
export function evolveRechargeLedger(ledger: RechargeLedger, event: DomainEvent, position: bigint): RechargeLedger {
  if (position <= ledger.lastPosition) return ledger;
  const { lines, budget } = rechargeLedgerChange(event, position);
  const budgets = new Map(ledger.budgets);
  if (budget !== null) budgets.set(budgetKey(budget.academyId, budget.academicYear), budget);
  return { lines: [...ledger.lines, ...lines], budgets, lastPosition: position };
}

