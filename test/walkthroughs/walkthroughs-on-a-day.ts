import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { startSystem, type RunningSystem } from '../../apps/api/src/system/start-system.js';
import { unexpectedStatuses, walkthroughScript } from './walkthrough-script.js';

/*
 * The README's tour and the walkthroughs of docs/walkthroughs (their ```sh blocks; a ```shell block is
 * shown, not run: installing, starting, testing), run as written against a fresh system with the demo loaded, on two
 * days a newcomer might try them: a Sunday in August and a Tuesday in March. The system's clock is injected
 * (it runs on from the day chosen, so instants recorded by the demo come in order); the demo, the token and
 * instant commands are the built CLI, as a newcomer runs them.
 */

const run = promisify(execFile);
const ROOT = process.cwd();
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');
const PAGES = join(ROOT, 'docs/walkthroughs');

// The development secret, as a newcomer has it: the API and the CLI agree without a JWT_SECRET.
const { JWT_SECRET: _unused, ...NEWCOMER_ENV } = process.env;


/** A clock that starts at `start` and runs on in real time. */
function clockFrom(start: string): () => Date {
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Builds dist once, when it is missing; the two days' spec files may ask at the same time, so one builds and the other waits. */
async function buildOnce(): Promise<void> {
  if (existsSync(CLI)) return;
  const lock = join(ROOT, 'dist.walkthroughs-build.lock');
  try {
    await mkdir(lock, { recursive: false });
  } catch {
    while (existsSync(lock) && !existsSync(CLI)) await new Promise((resolve) => setTimeout(resolve, 1_000));
    return;
  }
  try {
    await run('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * The walkthroughs on a fresh system whose clock starts at `start`. Each day has its own spec file, so the
 * two days' systems run side by side on separate test workers.
 */
export function describeWalkthroughsOn(day: string, start: string): void {
  describe(`the walkthroughs on a fresh demo, on ${day}`, () => {
    let database: TestDatabase;
    let system: RunningSystem;
    let workDir: string;

    beforeAll(async () => {
      await buildOnce();
      workDir = await mkdtemp(join(tmpdir(), 'til-walkthroughs-'));
      database = await createTestDatabase('til_walkthroughs', { poolSize: 1, migrated: false });
      system = await startSystem({
        env: { DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' },
        clock: clockFrom(start),
      });
      await run('node', [CLI, 'demo', '--url', system.url, '--today', start.slice(0, 10)], { cwd: ROOT, env: NEWCOMER_ENV, maxBuffer: 64 * 1024 * 1024 });
    }, 900_000);

    afterAll(async () => {
      await system?.close();
      await database?.drop();
      if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
    });

    it('runs every command of every page as written, each answering as the page says', async () => {
      const walkthroughs = (await readdir(PAGES)).filter((name) => name.endsWith('.md')).sort();
      expect(walkthroughs.length).toBeGreaterThan(0);
      const pages = [join(ROOT, 'README.md'), ...walkthroughs.map((name) => join(PAGES, name))];
      const failures: string[] = [];
      for (const page of pages) {
        const { script, commands } = walkthroughScript(await readFile(page, 'utf8'), system.url);
        if (commands.length === 0) continue;
        const scriptFile = join(workDir, `${basename(page)}.sh`);
        const witness = join(workDir, `${basename(page)}.witness`);
        await writeFile(scriptFile, script);
        await writeFile(witness, '');
        try {
          await run('bash', [scriptFile], {
            cwd: ROOT,
            env: { ...NEWCOMER_ENV, API_URL: system.url, WALKTHROUGH_WITNESS: witness },
            maxBuffer: 64 * 1024 * 1024,
          });
        } catch (error: unknown) {
          const { stderr } = error as { stderr?: string };
          failures.push(`${basename(page)}: the script stopped: ${stderr ?? String(error)}`);
        }
        for (const problem of unexpectedStatuses(commands, await readFile(witness, 'utf8'))) failures.push(`${basename(page)}: ${problem}`);
      }
      expect(failures).toEqual([]);
    }, 900_000);
  });
}
