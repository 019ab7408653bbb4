import 'reflect-metadata';
import { startWorker } from './start-worker.js';

const FORCED_EXIT_AFTER_MS = 15_000;

/** `npm run start:worker`: the projection and job worker of the scaled-out layout. */
async function main(): Promise<void> {
  const worker = await startWorker();
  process.stdout.write([...worker.banner(), ''].join('\n'));

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      process.stderr.write(`${signal} again: exiting without a clean shutdown\n`);
      process.exit(1);
    }
    closing = true;
    process.stdout.write(`${signal}: stopping the projections\n`);
    setTimeout(() => {
      process.stderr.write('shutdown took too long: exiting\n');
      process.exit(1);
    }, FORCED_EXIT_AFTER_MS).unref();
    worker.close().catch((error: unknown) => {
      process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`The worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
