import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { API_SETTINGS, PG_POOL, type ApiSettings } from '../../infrastructure/tokens.js';

/** The outcome of claiming an Idempotency-Key for a request. */
export type IdempotencyClaim =
  /** The key is this request's: run the command, then complete or release the claim. */
  | { kind: 'claimed'; token: string }
  /** An earlier request with the same key and the same content completed: answer as it did. */
  | { kind: 'replay'; statusCode: number; response: unknown }
  /** The key was used for a different request. */
  | { kind: 'mismatch' }
  /** A request with the same key is still running after the wait. */
  | { kind: 'in-progress' };

interface KeyRow {
  request_hash: string;
  status: 'pending' | 'completed';
  response: unknown;
  status_code: number | null;
  claim_token: string;
  stale: boolean;
}

const MAX_POLL_INTERVAL_MS = 100;

/** The idempotency_keys table: claims, answers and releases of Idempotency-Keys per scope (route + actor). */
@Injectable()
export class IdempotencyStore {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(API_SETTINGS) private readonly settings: ApiSettings,
  ) {}

  /**
   * Claims the key with INSERT ... ON CONFLICT DO NOTHING. When another request holds it, answers
   * from it once it completes (polling, up to the configured wait), claims it again if that request
   * failed and released it, and takes it over if its holder died and left it pending past the lease.
   */
  async claim(scope: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const deadline = Date.now() + this.settings.idempotencyWaitMs;
    let delay = 5;
    for (;;) {
      const token = randomUUID();
      const inserted = await this.pool.query(
        `INSERT INTO idempotency_keys (key, scope, request_hash, status, claim_token)
         VALUES ($1, $2, $3, 'pending', $4)
         ON CONFLICT (scope, key) DO NOTHING`,
        [key, scope, requestHash, token],
      );
      if (inserted.rowCount === 1) return { kind: 'claimed', token };

      const { rows } = await this.pool.query<KeyRow>(
        `SELECT request_hash, status, response, status_code, claim_token::text AS claim_token,
                claimed_at < now() - make_interval(secs => $3::double precision / 1000) AS stale
           FROM idempotency_keys WHERE scope = $1 AND key = $2`,
        [scope, key, this.settings.idempotencyLeaseMs],
      );
      const row = rows[0];
      if (row === undefined) continue;
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.status === 'completed') return { kind: 'replay', statusCode: row.status_code ?? 200, response: row.response };
      if (row.stale) {
        const taken = await this.pool.query(
          `UPDATE idempotency_keys SET claim_token = $4, claimed_at = now()
            WHERE scope = $1 AND key = $2 AND status = 'pending' AND claim_token = $3`,
          [scope, key, row.claim_token, token],
        );
        if (taken.rowCount === 1) return { kind: 'claimed', token };
        continue;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return { kind: 'in-progress' };
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, remaining)));
      delay = Math.min(delay * 2, MAX_POLL_INTERVAL_MS);
    }
  }

  /** Stores the answer, so every later request with the key gets it. */
  async complete(scope: string, key: string, token: string, statusCode: number, response: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_keys
          SET status = 'completed', response = $5::jsonb, status_code = $4, completed_at = now()
        WHERE scope = $1 AND key = $2 AND claim_token = $3 AND status = 'pending'`,
      [scope, key, token, statusCode, JSON.stringify(response) ?? 'null'],
    );
  }

  /** Gives the key up after the command failed, so a retry runs it again. */
  async release(scope: string, key: string, token: string): Promise<void> {
    await this.pool.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND claim_token = $3 AND status = 'pending'`, [
      scope,
      key,
      token,
    ]);
  }
}
