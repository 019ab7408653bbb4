import { parseArgs } from 'node:util';
import { buildDemoTrust, DEMO_SEED } from './demo/demo-trust.js';
import { runDemo } from './demo/run-demo.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  demo    Load a sample trust (12 academies, 3 academic years of KPI targets, termly
          figures and a few corrections) through the API's commands. Safe to re-run:
          every request carries an Idempotency-Key, so a second run appends nothing.

Options:
  --url <url>     The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --seed <n>      Seed of the sample data (default: ${DEMO_SEED})
  -h, --help      Show this help

Example: npm run demo -- --url http://127.0.0.1:3000`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && values.help !== true ? 1 : 0;
  }
  if (rest.length > 0) throw new Error(`Unexpected arguments: ${rest.join(' ')}`);

  switch (command) {
    case 'demo': {
      const baseUrl = values.url ?? process.env['API_URL'] ?? 'http://127.0.0.1:3000';
      const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
      if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
      const academies = buildDemoTrust(seed);
      process.stdout.write(`Loading the demo trust into ${baseUrl}\n`);
      const started = Date.now();
      const summary = await runDemo({ baseUrl, academies, print: (line) => process.stdout.write(`${line}\n`) });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `Done in ${seconds} s: ${summary.requests} commands, ${summary.appended} events appended, ${summary.replayed} already loaded.\n` +
          `Try: curl ${baseUrl.replace(/\/+$/, '')}/academies\n`,
      );
      return 0;
    }
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
