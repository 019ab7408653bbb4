// The console's initial JavaScript, gzipped, must stay within its budget: the scripts index.html loads
// (the entry and the chunks it preloads), not the pages and charts loaded on demand.
// Prints the figure; exits non-zero over budget. `--json` prints it as JSON (for npm run bench).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 250 * 1024;
const webDir = new URL('../dist/web/', import.meta.url);

export function initialJavaScript() {
  const html = readFileSync(new URL('index.html', webDir), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((match) => match[1]);
  const files = [...new Set(scripts)].map((src) => {
    const file = new URL(src.replace(/^\/app\//, ''), webDir);
    const bytes = readFileSync(file);
    return { file: path.basename(file.pathname), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), budgetBytes: INITIAL_JS_BUDGET_BYTES };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = initialJavaScript();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    for (const file of result.files) console.log(`  ${file.file}: ${(file.gzipBytes / 1024).toFixed(1)} kB gzipped (${(file.bytes / 1024).toFixed(1)} kB)`);
    console.log(`Initial JavaScript: ${(result.gzipBytes / 1024).toFixed(1)} kB gzipped, budget ${(result.budgetBytes / 1024).toFixed(0)} kB`);
  }
  if (result.gzipBytes > result.budgetBytes) {
    console.error(`The console's initial JavaScript is over its budget of ${result.budgetBytes / 1024} kB gzipped: load more of it on demand.`);
    process.exit(1);
  }
}
