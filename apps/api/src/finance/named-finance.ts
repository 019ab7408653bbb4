import type { AcademyReconciliation, Reconciliation } from '@trust/domain';
import type { LedgerLineView } from '@trust/projections';

/** A ledger line with the name of the academy whose account it is (null for the trust centre's). */
export type NamedLedgerLine = LedgerLineView & { academyName: string | null };

/** The reconciliation with each academy's name beside its URN. */
export type NamedReconciliation = Omit<Reconciliation, 'academies'> & { academies: (AcademyReconciliation & { name: string | null })[] };

export function nameLedgerLines(lines: readonly LedgerLineView[], names: ReadonlyMap<string, string>): NamedLedgerLine[] {
  return lines.map((line) => ({ ...line, academyName: line.academyId === null ? null : (names.get(line.academyId) ?? null) }));
}

export function nameReconciliation(reconciliation: Reconciliation, names: ReadonlyMap<string, string>): NamedReconciliation {
  return { ...reconciliation, academies: reconciliation.academies.map((academy) => ({ ...academy, name: names.get(academy.academyId) ?? null })) };
}

/** The lines dated within `from` and `to` (both days included, either may be absent). */
export function linesBetween<T extends { date: string }>(lines: readonly T[], from: string | undefined, to: string | undefined): T[] {
  return lines.filter((line) => (from === undefined || line.date >= from) && (to === undefined || line.date <= to));
}
