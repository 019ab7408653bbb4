import 'reflect-metadata';
import { startSystem } from './system/start-system.js';

const FORCED_EXIT_AFTER_MS = 15_000;

/** `npm start`: the whole system in this process; `npm run start:api`: the API alone (`--api-only`). */
async function main(): Promise<void> {
  const system = await startSystem({ argv: process.argv.slice(2) });
  process.stdout.write(['', ...system.banner(), '', ''].join('\n'));

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      process.stderr.write(`${signal} again: exiting without a clean shutdown\n`);
      process.exit(1);
    }
    closing = true;
    process.stdout.write(`${signal}: shutting down\n`);
    setTimeout(() => {
      process.stderr.write('shutdown took too long: exiting\n');
      process.exit(1);
    }, FORCED_EXIT_AFTER_MS).unref();
    system.close().catch((error: unknown) => {
      process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`The ledger could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
