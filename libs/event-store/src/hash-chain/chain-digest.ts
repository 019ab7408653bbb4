import { generateKeyPairSync, sign, verify, createPublicKey } from 'node:crypto';
import type { Pool } from 'pg';
import { eventHashChain, type HistoryChain } from './history-chain.js';

/** The chain's head, signed by the deployment: what an auditor keeps to prove later that nothing before it changed. */
export interface ChainDigest {
  deploymentId: string;
  /** The head's position when signed ("0": an empty store). */
  position: string;
  /** The head's link, hex. */
  hash: string;
  signedAt: string;
  /** The deployment's Ed25519 public key (PEM). */
  publicKey: string;
  /** Ed25519 over digestPayload(), base64. */
  signature: string;
}

/** The exact bytes signed: the fields in a fixed order, so the signature does not depend on how a file was written. */
export function digestPayload(digest: Pick<ChainDigest, 'deploymentId' | 'position' | 'hash' | 'signedAt'>): Buffer {
  return Buffer.from(JSON.stringify([digest.deploymentId, digest.position, digest.hash, digest.signedAt]), 'utf8');
}

/** Whether the digest's signature holds for its own fields and public key (a tampered field or signature fails). */
export function digestSignatureHolds(digest: ChainDigest): boolean {
  try {
    return verify(null, digestPayload(digest), createPublicKey(digest.publicKey), Buffer.from(digest.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Reads a kept digest (a parsed JSON file), or says which field is missing or malformed. */
export function parseChainDigest(value: unknown): ChainDigest {
  if (typeof value !== 'object' || value === null) throw new Error('the digest is not a JSON object');
  const record = value as Record<string, unknown>;
  for (const field of ['deploymentId', 'position', 'hash', 'signedAt', 'publicKey', 'signature'] as const) {
    if (typeof record[field] !== 'string') throw new Error(`the digest has no ${field}`);
  }
  if (!/^\d+$/.test(record['position'] as string)) throw new Error('the digest\'s position is not a whole number');
  if (!/^[0-9a-f]{64}$/.test(record['hash'] as string)) throw new Error('the digest\'s hash is not 64 hex digits');
  return record as unknown as ChainDigest;
}

/** The deployment's signing key, made and stored the first time it is needed (every process then reads the same one). */
export async function deploymentSigningKey(pool: Pick<Pool, 'query'>): Promise<{ privateKey: string; publicKey: string }> {
  const existing = await pool.query<{ private_key_pem: string; public_key_pem: string }>('SELECT private_key_pem, public_key_pem FROM audit_signing_key');
  if (existing.rows[0] !== undefined) return { privateKey: existing.rows[0].private_key_pem, publicKey: existing.rows[0].public_key_pem };
  const pair = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  await pool.query('INSERT INTO audit_signing_key (private_key_pem, public_key_pem) VALUES ($1, $2) ON CONFLICT (singleton) DO NOTHING', [pair.privateKey, pair.publicKey]);
  return deploymentSigningKey(pool);
}

/** Signs the chain's current head for this deployment (PostgreSQL's trigger chain unless another is given). */
export async function signChainHead(pool: Pool, deploymentId: string, now: Date, chain: HistoryChain = eventHashChain(pool)): Promise<ChainDigest> {
  const head = await chain.head();
  const key = await deploymentSigningKey(pool);
  const unsigned = { deploymentId, position: head.position.toString(), hash: head.link.toString('hex'), signedAt: now.toISOString() };
  return { ...unsigned, publicKey: key.publicKey, signature: sign(null, digestPayload(unsigned), key.privateKey).toString('base64') };
}
