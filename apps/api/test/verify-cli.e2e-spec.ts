import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyOverHttp } from '../../cli/src/verify/verify-command.js';
import { registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/** `npm run cli -- verify` against a running API: a kept digest checked, a tampered one refused, an altered history named. */
describe('npm run cli -- verify [--digest file] [--save file]', () => {
  let api: TestApp;
  let baseUrl: string;
  let token: string;
  let folder: string;

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    token = await tokenFor({ sub: 'committee-1', roles: ['standards-committee'] });
    await registerAcademy(api.server, '840001', { name: 'Verified Academy' });
    folder = await mkdtemp(path.join(tmpdir(), 'til-verify-'));
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('saves a digest, and later checks it: intact while only appends happened', async () => {
    const digestFile = path.join(folder, 'digest.json');
    const saved = await verifyOverHttp({ baseUrl, token, saveFile: digestFile });
    expect(saved.ok).toBe(true);
    expect(saved.lines[0]).toMatch(/^The history is intact/);
    await registerAcademy(api.server, '840002', { name: 'Later Academy' });
    const checked = await verifyOverHttp({ baseUrl, token, digestFile });
    expect(checked).toEqual({ ok: true, lines: [expect.stringMatching(/^The history is intact/), expect.stringMatching(/^The kept digest of position \d+ .* matches/)] });
  });

  it('refuses a digest whose position, hash or signature was edited', async () => {
    const digestFile = path.join(folder, 'digest.json');
    const digest = JSON.parse(await readFile(digestFile, 'utf8')) as Record<string, string>;
    for (const edited of [{ ...digest, position: String(Number(digest['position']) + 1) }, { ...digest, hash: 'f'.repeat(64) }, { ...digest, signature: Buffer.from('forged').toString('base64') }, { ...digest, hash: 'not hex' }]) {
      const file = path.join(folder, 'edited.json');
      await writeFile(file, JSON.stringify(edited));
      const outcome = await verifyOverHttp({ baseUrl, token, digestFile: file });
      expect(outcome.ok).toBe(false);
      expect(outcome.lines).toEqual([expect.stringMatching(/^The digest .* is refused/)]);
    }
  });

  it('names the first altered position once the database is edited behind the ledger\'s back', async () => {
    const client = await api.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE events DISABLE TRIGGER USER');
      await client.query(`UPDATE events SET data = jsonb_set(data, '{name}', '"Renamed"') WHERE position = 1`);
      await client.query('ALTER TABLE events ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const outcome = await verifyOverHttp({ baseUrl, token, digestFile: path.join(folder, 'digest.json') });
    expect(outcome).toEqual({ ok: false, lines: [expect.stringMatching(/^The history was altered at position 1: /)] });
  });
});
