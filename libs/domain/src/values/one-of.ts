import { DomainError } from '../shared/domain-error.js';

/** Parses one of a closed list of strings (a term, a KPI name, a phase). */
export function parseOneOf<const T extends string>(options: readonly T[], input: unknown, field: string): T {
  const match = options.find((option) => option === input);
  if (match === undefined) {
    throw DomainError.invalid(field, `must be one of ${options.map((o) => `"${o}"`).join(', ')}`);
  }
  return match;
}
