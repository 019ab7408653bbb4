import { DomainError } from '../shared/domain-error.js';
import { parseText } from '../values/text.js';
import type { Risk } from './risk-level.js';
import { MAX_NAME_LENGTH } from '../values/limits.js';

/** The risk register's entries as a client sends them: `[{ title, owner? }]`, each named `risks[i].<field>` when refused. */
export function parseRisks(input: unknown): Risk[] {
  if (!Array.isArray(input)) {
    throw DomainError.invalid('risks', 'must be a list of risks, each { title, owner? }');
  }
  return input.map((raw: unknown, index): Risk => {
    const field = `risks[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw DomainError.invalid(field, 'must be a risk { title, owner? }');
    }
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (key !== 'title' && key !== 'owner') {
        throw DomainError.invalid(`${field}.${key}`, 'is not a field of a risk');
      }
    }
    const title = parseText(entry['title'], `${field}.title`, MAX_NAME_LENGTH);
    const owner =
      entry['owner'] === undefined || entry['owner'] === null
        ? null
        : parseText(entry['owner'], `${field}.owner`, MAX_NAME_LENGTH);
    return { title, owner };
  });
}
