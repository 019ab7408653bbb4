import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadMasterKey, MASTER_KEY_FILE, masterKeyFor, MasterKeyError, parseMasterKey } from './master-key.js';

describe('the master key', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'til-master-key-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is read from PERSONAL_DATA_MASTER_KEY, base64 of 32 bytes; anything else is refused naming the setting', async () => {
    const key = randomBytes(32);
    expect((await loadMasterKey({ PERSONAL_DATA_MASTER_KEY: key.toString('base64') }, null)).key).toEqual(key);
    for (const wrong of ['short', randomBytes(16).toString('base64'), 'not base64 at all!']) {
      expect(() => parseMasterKey(wrong)).toThrow(/PERSONAL_DATA_MASTER_KEY must be base64 of 32 random bytes/);
    }
  });

  it('is required on PostgreSQL: without it the start stops, naming the setting', async () => {
    await expect(loadMasterKey({}, null)).rejects.toThrow(MasterKeyError);
    await expect(loadMasterKey({ PERSONAL_DATA_MASTER_KEY: '  ' }, null)).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY is not set/);
  });

  it('is generated for the embedded default beside its data, readable by its owner only, and the same on the next start', async () => {
    const dataDir = path.join(dir, 'pglite');
    const first = await loadMasterKey({}, dataDir);
    expect(first.source).toEqual({ kind: 'file', file: path.join(dir, MASTER_KEY_FILE), generated: true });
    expect((await stat(path.join(dir, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    const again = await loadMasterKey({}, dataDir);
    expect(again).toEqual({ key: first.key, source: { kind: 'file', file: path.join(dir, MASTER_KEY_FILE), generated: false } });
    expect((await readFile(path.join(dir, MASTER_KEY_FILE), 'utf8')).trim()).toBe(first.key.toString('base64'));
  });

  it('is one key when processes start at the same moment: each makes it or reads the whole of another\'s', async () => {
    const dataDir = path.join(dir, 'pglite');
    const loaded = await Promise.all(Array.from({ length: 8 }, () => loadMasterKey({}, dataDir)));
    expect(new Set(loaded.map(({ key }) => key.toString('base64'))).size).toBe(1);
    expect(loaded.filter(({ source }) => source.kind === 'file' && source.generated)).toHaveLength(1);
    expect(await readdir(dir)).toEqual([MASTER_KEY_FILE]);
  });

  it('refuses a damaged key file rather than make a new key (which would lose every subject\'s data)', async () => {
    await writeFile(path.join(dir, MASTER_KEY_FILE), 'damaged');
    await expect(loadMasterKey({}, path.join(dir, 'pglite'))).rejects.toThrow(/does not hold a master key/);
  });

  describe('for a process, as its configuration says', () => {
    it('is the setting wherever it is set, with no warning', async () => {
      const key = randomBytes(32);
      for (const place of [{ kind: 'required' }, { kind: 'development' }, { kind: 'embedded', dataDir: path.join(dir, 'pglite') }] as const) {
        expect(await masterKeyFor({ PERSONAL_DATA_MASTER_KEY: key.toString('base64') }, place)).toEqual({ key, source: { kind: 'setting' }, warning: null });
      }
    });

    it('stops the start of a deployment (a real secret, an issuer, or NODE_ENV=production) without it, or with it malformed, naming the setting', async () => {
      await expect(masterKeyFor({}, { kind: 'required' })).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY is not set/);
      await expect(masterKeyFor({ PERSONAL_DATA_MASTER_KEY: 'short' }, { kind: 'required' })).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY must be base64/);
    });

    it('is the embedded default\'s key file beside its data, silently', async () => {
      const loaded = await masterKeyFor({}, { kind: 'embedded', dataDir: path.join(dir, 'pglite') });
      expect(loaded).toMatchObject({ source: { kind: 'file', file: path.join(dir, MASTER_KEY_FILE), generated: true }, warning: null });
    });

    it('in development on PostgreSQL, is a key file under .data, with a warning that production must set it', async () => {
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const loaded = await masterKeyFor({}, { kind: 'development' });
        expect(loaded.source).toEqual({ kind: 'file', file: path.join(await realpath(dir), '.data', MASTER_KEY_FILE), generated: true });
        expect(loaded.warning).toMatch(/PERSONAL_DATA_MASTER_KEY is not set: .*development key .*Production must set PERSONAL_DATA_MASTER_KEY/);
        expect((await masterKeyFor({}, { kind: 'development' })).key).toEqual(loaded.key);
      } finally {
        process.chdir(cwd);
      }
    });
  });
});
