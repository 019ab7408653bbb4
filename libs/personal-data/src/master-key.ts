import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KEY_BYTES } from './field-cipher.js';

export const MASTER_KEY_SETTING = 'PERSONAL_DATA_MASTER_KEY';
export const MASTER_KEY_FILE = 'personal-data-master.key';

export class MasterKeyError extends Error {
  override readonly name = 'MasterKeyError';
}

/** The master key from its setting: base64 of 32 random bytes (`openssl rand -base64 32`). Throws naming the setting. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new MasterKeyError(`${MASTER_KEY_SETTING} must be base64 of ${KEY_BYTES} random bytes (make one with: openssl rand -base64 32)`);
  }
  return key;
}

/** How a process came by its master key, for its start-up log. */
export type MasterKeySource = { kind: 'setting' } | { kind: 'file'; file: string; generated: boolean };

/**
 * The master key that wraps the data subjects' keys. On PostgreSQL it must be set
 * (PERSONAL_DATA_MASTER_KEY): the start stops without it, never storing personal data in the clear.
 * The embedded default, for trying the ledger on one machine, keeps a generated key in a file beside its
 * data (and says so: whoever copies that folder copies the key).
 */
export async function loadMasterKey(env: NodeJS.ProcessEnv, embeddedDataDir: string | null): Promise<{ key: Buffer; source: MasterKeySource }> {
  const setting = env[MASTER_KEY_SETTING];
  if (setting !== undefined && setting.trim() !== '') return { key: parseMasterKey(setting), source: { kind: 'setting' } };
  if (embeddedDataDir === null) {
    throw new MasterKeyError(`${MASTER_KEY_SETTING} is not set: the personal data the ledger stores is encrypted under it (make one with: openssl rand -base64 32, and keep it as safely as the database's password)`);
  }
  const file = path.join(path.dirname(path.resolve(embeddedDataDir)), MASTER_KEY_FILE);
  try {
    return { key: parseMasterKey(await readFile(file, 'utf8')), source: { kind: 'file', file, generated: false } };
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error instanceof MasterKeyError ? new MasterKeyError(`${file} does not hold a master key: ${error.message}`) : error;
    }
  }
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole under another name, then linked into place: a process starting at the same moment
  // (the API and a worker) either makes the file or reads a whole one, never half of it.
  const made = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(made, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  let generated = true;
  try {
    await link(made, file).catch((error: unknown) => {
      // Another process made it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      generated = false;
    });
  } finally {
    await unlink(made).catch(() => undefined);
  }
  await chmod(file, 0o600).catch(() => undefined);
  return { key: parseMasterKey(await readFile(file, 'utf8')), source: { kind: 'file', file, generated } };
}

/**
 * Where a process's configuration says its master key comes from, when PERSONAL_DATA_MASTER_KEY is not set:
 * the embedded default's key file beside its data; on PostgreSQL, on a developer's machine (the published
 * development JWT secret, not NODE_ENV=production), a development key file; anywhere else nowhere: the
 * start stops.
 */
export type MasterKeyPlace = { kind: 'embedded'; dataDir: string } | { kind: 'development' } | { kind: 'required' };

/** The development key file's folder's data dir: the key is `.data/personal-data-master.key`, beside the embedded default's. */
export const DEVELOPMENT_DATA_DIR = '.data/pglite';

/**
 * The master key of a process of the ledger (API, worker, CLI): all of one deployment's read the same
 * setting, or the same file. `warning` is for the start-up log when a development key file is used.
 */
export async function masterKeyFor(env: NodeJS.ProcessEnv, place: MasterKeyPlace): Promise<{ key: Buffer; source: MasterKeySource; warning: string | null }> {
  const setting = env[MASTER_KEY_SETTING];
  if ((setting !== undefined && setting.trim() !== '') || place.kind === 'required') return { ...(await loadMasterKey(env, null)), warning: null };
  if (place.kind === 'embedded') return { ...(await loadMasterKey(env, place.dataDir)), warning: null };
  const loaded = await loadMasterKey(env, DEVELOPMENT_DATA_DIR);
  const file = loaded.source.kind === 'file' ? loaded.source.file : DEVELOPMENT_DATA_DIR;
  return {
    ...loaded,
    warning:
      `${MASTER_KEY_SETTING} is not set: personal data is sealed under a development key ${loaded.source.kind === 'file' && loaded.source.generated ? 'made now in' : 'kept in'} ${file} ` +
      `(deleting that file loses every name and free text stored under it). Production must set ${MASTER_KEY_SETTING} (openssl rand -base64 32); ` +
      'with NODE_ENV=production, JWT_SECRET or an OpenID Connect issuer the start stops without it.',
  };
}

/** A one-line description of the key, for a start-up banner. */
export function describeMasterKey(source: MasterKeySource): string {
  return source.kind === 'setting' ? `sealed under ${MASTER_KEY_SETTING}` : `sealed under the key in ${source.file}${source.generated ? ' (made now)' : ''}`;
}
