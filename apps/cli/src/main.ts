import { parseArgs } from 'node:util';
import { mintLocalToken, signingSecretFromEnv, type LocalTokenClaims } from '@trust/tokens';
import { buildDemoFinance } from './demo/demo-finance.js';
import { buildDemoTrust, DEMO_SEED } from './demo/demo-trust.js';
import { runDemo } from './demo/run-demo.js';
import { buildDemoThisYear } from './demo/demo-this-year.js';
import { parseDemoToday } from './demo/demo-calendar.js';
import { demoWhatToTry } from './demo/demo-what-to-try.js';
import { INSTANT_USAGE, runInstantCommand } from './instant/instant-command.js';
import { isoDateOf } from '@trust/domain';
import cliProgress from 'cli-progress';
import { projectionsStatusOverHttp, PROJECTIONS_USAGE, rebuildOverHttp } from './projections/projections-command.js';
import { runTokenCommand, TOKEN_USAGE } from './token/token-command.js';
import { GENERATE_USAGE, runGenerateCommand } from './generate/generate-command.js';
import { IMPORT_USAGE, importOverHttp } from './import/import-command.js';
import { VERIFY_USAGE, verifyOverHttp } from './verify/verify-command.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  demo    Load a sample trust (12 academies, 3 academic years of KPI targets, termly
          figures and a few corrections; each academy's inspections, outcomes, reviews, risk
          register, partner visits and tier decisions for 2022/23 to 2024/25, one an override
          and one revised mid-year, and each year's improvement plan; for 2024/25 a rate card,
          improvement budgets, core days, a year of recharges and a reversal, three AIMs per
          academy and two peer review groups' visits, recorded after the fact, rating the plans;
          the academic year of --today up to it: KPI targets, the figures of each term ended,
          the tier decided in September and each academy's plan rated so far;
          from --today, each academy's next AIM, one AIM at short notice with documents overdue,
          and the coming visits) through the API's commands. The past is the same on any day.
          Safe to re-run: every request carries an Idempotency-Key, so a second run appends nothing.
  instant <name>  Print an instant worth reading the demo trust as of (?asOf=): before-correction,
          before-revision, before-reversal or before-spring-aim (npm run --silent cli -- instant
          before-correction).
  token   Print a bearer token for local use (npm run token -- --role headteacher --academy 100001).
  generate  Append a synthetic trust straight to the event store (npm run cli -- generate --academies 50 --years 3 --seed 42).
  projections rebuild <name> | status
          Rebuild a read model as a background job (progress bar), or show each one's state.
  import <file.csv>  Import a trust's history from a spreadsheet saved as CSV (progress bar).
  verify  Prove the history was not altered: recompute its hash chain, check a kept digest
          (npm run cli -- verify --save digest.json, later: npm run cli -- verify --digest digest.json).

Options of demo:
  --url <url>     The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --seed <n>      Seed of the sample data (default: ${DEMO_SEED})
  --token <jwt>   The bearer token to send (default: a trust-admin token signed with
                  JWT_SECRET, or the development secret when it is unset)
  --today <date>  The demo's today (YYYY-MM-DD, on or after 2025-09-01; default: today in
                  London): its academic year is loaded up to it, and the next AIMs, the
                  short-notice AIM (the next school day) and the coming peer review visits are
                  dated from it. Give the API's own today: its clock decides what is past.
                  The 2024/25 records are the same on any day.

${INSTANT_USAGE}

${TOKEN_USAGE}

${PROJECTIONS_USAGE}

${GENERATE_USAGE}

${IMPORT_USAGE}

${VERIFY_USAGE}

  -h, --help      Show this help

Examples:
  npm run demo -- --url http://127.0.0.1:3000
  npm run demo -- --today 2026-03-10
  npm run --silent cli -- instant before-revision
  npm run token -- --role headteacher --academy 100001
  curl -H "Authorization: Bearer $(npm run -s token -- --role trust-admin)" http://127.0.0.1:3000/academies`;

/** The demo loader's own user: what its events' metadata names as the actor. */
const DEMO_LOADER: LocalTokenClaims = { sub: 'demo-loader', name: 'Demo loader', roles: ['trust-admin'], academies: [], expiresIn: '1h' };

async function main(argv: string[]): Promise<number> {
  const [command, ...options] = argv;
  if (command === undefined || command === '-h' || command === '--help' || options.includes('-h') || options.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }

  switch (command) {
    case 'demo': {
      const { values } = parseArgs({
        args: options,
        strict: true,
        allowPositionals: false,
        options: { url: { type: 'string' }, seed: { type: 'string' }, token: { type: 'string' }, today: { type: 'string' } },
      });
      const today = parseDemoToday(values.today ?? isoDateOf(new Date()));
      const baseUrl = values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000';
      const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
      if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
      const token = values.token ?? (await mintLocalToken(signingSecretFromEnv(process.env).secret, DEMO_LOADER));
      const academies = buildDemoTrust(seed);
      process.stdout.write(`Loading the demo trust into ${baseUrl}\n`);
      const started = Date.now();
      const finance = buildDemoFinance(academies, seed);
      const print = (line: string): void => void process.stdout.write(`${line}\n`);
      const thisYear = buildDemoThisYear(today, seed);
      const summary = await runDemo({ baseUrl, academies, thisYear, finance, improvementCycle: { today }, token, print });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      print(`Done in ${seconds} s: ${summary.requests} commands, ${summary.appended} events appended, ${summary.replayed} already loaded.`);
      for (const line of await demoWhatToTry({ baseUrl: baseUrl.replace(/\/+$/, ''), token, print }, summary)) print(line);
      return 0;
    }
    case 'instant': {
      const { values, positionals } = parseArgs({ args: options, strict: true, allowPositionals: true, options: { url: { type: 'string' }, token: { type: 'string' } } });
      const baseUrl = (values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
      const token = values.token ?? (await mintLocalToken(signingSecretFromEnv(process.env).secret, DEMO_LOADER));
      if (positionals.length > 1) throw new Error(`instant takes one name, got ${positionals.length}\n\n${INSTANT_USAGE}`);
      process.stdout.write(`${await runInstantCommand(positionals[0], { baseUrl, token })}\n`);
      return 0;
    }
    case 'token': {
      const { token, warnings } = await runTokenCommand(options, process.env);
      for (const warning of warnings) process.stderr.write(`${warning}\n`);
      process.stdout.write(`${token}\n`);
      return 0;
    }
    case 'projections': {
      const { values, positionals } = parseArgs({
        args: options,
        strict: true,
        allowPositionals: true,
        options: { url: { type: 'string' }, token: { type: 'string' } },
      });
      const baseUrl = values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000';
      const token = values.token ?? (await mintLocalToken(signingSecretFromEnv(process.env).secret, DEMO_LOADER));
      const [action, name] = positionals;
      if (action === 'status' && name === undefined) {
        for (const line of await projectionsStatusOverHttp({ baseUrl, token })) process.stdout.write(`${line}\n`);
        return 0;
      }
      if (action === 'rebuild' && name !== undefined && positionals.length === 2) {
        const bar = new cliProgress.SingleBar({ format: `${name} [{bar}] {percentage}%` }, cliProgress.Presets.shades_classic);
        const job = await rebuildOverHttp({ baseUrl, token, name, bar });
        process.stdout.write(`Rebuilt ${name}: ${JSON.stringify(job.result)}\n`);
        return 0;
      }
      throw new Error(`Usage: npm run cli -- projections rebuild <name> | projections status\n\n${PROJECTIONS_USAGE}`);
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: options,
        strict: true,
        allowPositionals: true,
        options: { url: { type: 'string' }, token: { type: 'string' }, kind: { type: 'string' } },
      });
      const [file] = positionals;
      if (file === undefined || positionals.length !== 1) throw new Error(`Usage: npm run cli -- import <file.csv> [--kind <kind>]\n\n${IMPORT_USAGE}`);
      const baseUrl = values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000';
      const token = values.token ?? (await mintLocalToken(signingSecretFromEnv(process.env).secret, DEMO_LOADER));
      const bar = new cliProgress.SingleBar({ format: 'rows [{bar}] {value}/{total} {percentage}% ({duration}s)' }, cliProgress.Presets.shades_classic);
      const print = (line: string): void => void process.stdout.write(`${line}\n`);
      const { job } = await importOverHttp({ baseUrl, token, file, ...(values.kind === undefined ? {} : { kind: values.kind }), bar, print });
      const result = job.result as { stored: number; skipped: number; events: number };
      print(`Imported: ${result.stored} rows stored (${result.events} events), ${result.skipped} already imported.`);
      return 0;
    }
    case 'verify': {
      const { values } = parseArgs({ args: options, strict: true, allowPositionals: false, options: { url: { type: 'string' }, token: { type: 'string' }, digest: { type: 'string' }, save: { type: 'string' } } });
      const baseUrl = values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000';
      const token = values.token ?? (await mintLocalToken(signingSecretFromEnv(process.env).secret, DEMO_LOADER));
      const outcome = await verifyOverHttp({ baseUrl, token, ...(values.digest === undefined ? {} : { digestFile: values.digest }), ...(values.save === undefined ? {} : { saveFile: values.save }) });
      for (const line of outcome.lines) process.stdout.write(`${line}\n`);
      return outcome.ok ? 0 : 1;
    }
    case 'generate':
      await runGenerateCommand(options, process.env, (line) => process.stdout.write(`${line}\n`));
      return 0;
    default:
      throw new Error(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
