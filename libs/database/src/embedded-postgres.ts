import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** What the database's thread says to the thread that started it. */
type FromDatabaseThread = { kind: 'ready' } | { kind: 'stopped' } | { kind: 'failed'; error: string };

/**
 * The database's own thread: PGlite (PostgreSQL compiled to WebAssembly) and its socket server. Plain
 * JavaScript, evaluated as a worker, so it runs the same from the built apps and from the tests; the
 * packages' paths come resolved from the starting thread.
 */
const DATABASE_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.socketServer);
(async () => {
  const db = await PGlite.create(workerData.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: workerData.port, maxConnections: 8 });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message !== 'stop') return;
    try {
      await server.stop();
      await db.close();
      parentPort.postMessage({ kind: 'stopped' });
    } catch (error) {
      parentPort.postMessage({ kind: 'failed', error: String((error && error.stack) || error) });
    }
  });
  parentPort.postMessage({ kind: 'ready' });
})().catch((error) => parentPort.postMessage({ kind: 'failed', error: String((error && error.stack) || error) }));
`;

/**
 * In-process PostgreSQL (PGlite) behind its socket server, so the same `pg` code runs unchanged.
 * PGlite is one database session: the app must use one pooled connection; the server allows a
 * few connections so a migration runner and the pool can come and go.
 *
 * It runs on a thread of its own: PGlite's WebAssembly and its writes to the data directory are
 * synchronous, and on the API's thread every query stopped the API (HTTP, validation, sealing,
 * projections) for as long as it ran. On its own thread the database works while the API does.
 */
export async function startEmbeddedPostgres({ dataDir, port = 0 }: { dataDir: string; port?: number }): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const chosenPort = port || (await freePort());
  const require = createRequire(import.meta.url);
  const worker = new Worker(DATABASE_THREAD, {
    eval: true,
    workerData: { dataDir, port: chosenPort, pglite: require.resolve('@electric-sql/pglite'), socketServer: require.resolve('@electric-sql/pglite-socket') },
  });
  const answer = (expected: FromDatabaseThread['kind']): Promise<void> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: FromDatabaseThread): void => {
        if (message.kind !== expected && message.kind !== 'failed') return;
        cleanUp();
        if (message.kind === 'failed') reject(new Error(`The embedded database failed: ${message.error}`));
        else resolve();
      };
      const onError = (error: Error): void => {
        cleanUp();
        reject(error);
      };
      const onExit = (code: number): void => {
        cleanUp();
        reject(new Error(`The embedded database's thread stopped (exit code ${code})`));
      };
      const cleanUp = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
    });
  try {
    await answer('ready');
  } catch (error: unknown) {
    await worker.terminate();
    throw error;
  }
  let stopping: Promise<void> | null = null;
  return {
    url: `postgres://postgres@127.0.0.1:${chosenPort}/postgres?sslmode=disable`,
    stop() {
      stopping ??= (async () => {
        const stopped = answer('stopped');
        worker.postMessage('stop');
        try {
          await stopped;
        } finally {
          await worker.terminate();
        }
      })();
      return stopping;
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const found = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(found));
    });
  });
}
