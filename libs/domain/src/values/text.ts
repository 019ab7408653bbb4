import { DomainError } from '../shared/domain-error.js';

// Control characters (C0, DEL and C1) but tab, line feed and carriage return, which text written in a
// form keeps. They would ring terminals, move cursors or cut a CSV line where a reader sees none.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// Bidirectional embeddings, overrides and isolates: they make text read in another order than it is
// stored ("Trojan source"). The marks (U+200E, U+200F, U+061C) stay: right-to-left names need them.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
// A UTF-16 surrogate without its pair: no valid text holds one, and PostgreSQL stores it in neither text nor jsonb.
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Something a reader sees: not white space, and not a character that is drawn as nothing (zero-width
// spaces and joiners, word joiner, byte order mark, soft hyphen, fillers, variation selectors, tags).
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/u;

/**
 * Why a piece of free text (a name, a summary, a reason) cannot be accepted, or null when it can: the one
 * rule for text, here and at the HTTP layer. Line breaks, tabs, accents, any script and emoji are all
 * text; control characters, bidirectional overrides and text made only of invisible characters are not.
 */
export function textProblem(text: string): string | null {
  if (UNPAIRED_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not text';
  if (CONTROL.test(text)) return 'contains a control character (only tab and line breaks are allowed)';
  if (BIDI_CONTROL.test(text)) return 'contains a bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069)';
  if (text.trim() !== '' && !VISIBLE.test(text)) return 'contains only invisible characters';
  return null;
}

/** Free text (a name, a reason): trimmed, then required to be non-empty, at most `maxLength` characters and text by textProblem's rule. */
export function parseText(input: unknown, field: string, maxLength: number): string {
  if (typeof input !== 'string') {
    throw DomainError.invalid(field, 'must be text');
  }
  const problem = textProblem(input);
  if (problem !== null) {
    throw DomainError.invalid(field, problem);
  }
  const text = input.trim();
  if (text.length === 0) {
    throw DomainError.invalid(field, 'must not be empty');
  }
  if (text.length > maxLength) {
    throw DomainError.invalid(field, `must be at most ${maxLength} characters`);
  }
  return text;
}
