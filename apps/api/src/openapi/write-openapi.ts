import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { sharedSecretAuth } from '../access/auth-config.js';
import { createApp } from '../app.js';
import { createOpenApiDocument } from './openapi-document.js';

/**
 * Writes the OpenAPI document to the file named by the first argument (default dist/openapi.json),
 * for the linter and client generators. The document comes from the controllers alone, so the app
 * is made without a database: the pool is never connected, projections and jobs do not start.
 */
async function main(path: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: 'postgres://openapi@127.0.0.1:1/none', max: 1 });
  const app = await createApp({
    pool,
    runProjections: false,
    logLevel: 'silent',
    eventStore: { kind: 'postgres' },
    auth: sharedSecretAuth(randomBytes(32).toString('hex')),
    jobs: { config: {}, runJobs: false },
  });
  try {
    const document = createOpenApiDocument(app);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(`OpenAPI ${document.openapi} document written to ${path}: ${Object.keys(document.paths).length} paths\n`);
  } finally {
    await app.close();
    await pool.end();
  }
}

main(process.argv[2] ?? 'dist/openapi.json').catch((error: unknown) => {
  process.stderr.write(`The OpenAPI document could not be written: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
