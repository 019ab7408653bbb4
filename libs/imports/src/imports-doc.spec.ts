import { readFileSync } from 'node:fs';
import { importColumnsMarkdown } from './columns-markdown.js';
import { IMPORT_KINDS } from './kinds/index.js';

/** docs/IMPORTS.md documents the columns of every kind of import: exactly the columns the code reads. */
const doc = readFileSync(new URL('../../../docs/IMPORTS.md', import.meta.url), 'utf8');

describe('docs/IMPORTS.md', () => {
  it.each(IMPORT_KINDS.map((kind) => [kind.name, kind] as const))('lists the columns of %s, in order, under its heading', (name, kind) => {
    const section = doc.split(`\n### ${name}\n`)[1]?.split('\n#')[0] ?? '';
    expect(section).toContain(importColumnsMarkdown(kind));
  });
});
