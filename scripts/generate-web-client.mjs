// Generates the console's API types from the OpenAPI document the API publishes (npm run build writes
// dist/openapi.json first). The console calls the API through openapi-fetch with these types, so a route,
// parameter or field the console uses that the API no longer has fails the type check.
// `--check` compares instead of writing, and exits non-zero when the committed types have drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const documentPath = new URL('../dist/openapi.json', import.meta.url);
const typesPath = new URL('../apps/web/src/api/openapi.d.ts', import.meta.url);
const check = process.argv.includes('--check');

const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const ast = await openapiTS(document, { alphabetize: true });
const header = '// Generated from the API\'s OpenAPI document by scripts/generate-web-client.mjs (npm run build): do not edit.\n\n';
const types = header + astToString(ast);

if (check) {
  let current = '';
  try {
    current = readFileSync(typesPath, 'utf8');
  } catch {
    // missing: drifted
  }
  if (current !== types) {
    console.error('apps/web/src/api/openapi.d.ts is not what the API\'s OpenAPI document gives: run `npm run build` and commit it.');
    process.exit(1);
  }
  console.log('apps/web/src/api/openapi.d.ts matches the OpenAPI document.');
} else {
  writeFileSync(typesPath, types);
  console.log('apps/web/src/api/openapi.d.ts written from dist/openapi.json');
}
