import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import pg from 'pg';
import { sharedSecretAuth } from '../access/auth-config.js';
import { createApp } from '../app.js';
import { createOpenApiDocument } from './openapi-document.js';

/**
 * The OpenAPI document as the API serves it, without a database: the document comes from the controllers
 * alone, so the app is made on a pool that never connects, with no projections or jobs started.
 */
export async function standaloneOpenApiDocument(): Promise<OpenAPIObject> {
  const pool = new pg.Pool({ connectionString: 'postgres://openapi@127.0.0.1:1/none', max: 1 });
  try {
    const app = await createApp({
      pool,
      runProjections: false,
      logLevel: 'silent',
      eventStore: { kind: 'postgres' },
      // Never used: the document is made without a database.
      masterKey: randomBytes(32),
      auth: sharedSecretAuth(randomBytes(32).toString('hex')),
      jobs: { config: {}, runJobs: false },
      // The document a client is generated from lists the development sign-in too (a development
      // deployment has it; any other answers 404 there).
      signIn: { development: { secret: 'unused' }, oidc: null },
    });
    try {
      return createOpenApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    await pool.end();
  }
}
