import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * In-process PostgreSQL (PGlite) behind its socket server, so the same `pg` code runs unchanged.
 * PGlite is one database session: the app must use one pooled connection; the server allows a
 * few connections so a migration runner and the pool can come and go.
 */
export async function startEmbeddedPostgres({ dataDir, port = 0 }: { dataDir: string; port?: number }): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const chosenPort = port || (await freePort());
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: chosenPort, maxConnections: 8 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${chosenPort}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
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
