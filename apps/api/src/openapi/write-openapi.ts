import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiProblems } from './openapi-rules.js';
import { standaloneOpenApiDocument } from './standalone-document.js';

/**
 * Writes the OpenAPI document to the file named by the first argument (default dist/openapi.json), for the
 * linter and client generators; fails, writing nothing, when the document breaks one of openapi-rules.ts's rules.
 */
async function main(path: string): Promise<void> {
  const document = await standaloneOpenApiDocument();
  const problems = openApiProblems(document);
  if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`OpenAPI ${document.openapi} document written to ${path}: ${Object.keys(document.paths).length} paths\n`);
}

main(process.argv[2] ?? 'dist/openapi.json').catch((error: unknown) => {
  process.stderr.write(`The OpenAPI document was not written: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
