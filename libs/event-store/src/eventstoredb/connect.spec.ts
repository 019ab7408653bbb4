import { createServer } from 'node:net';
import { connectEventStoreDb, redactCredentials } from './connect.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connecting to EventStoreDB', () => {
  it('refuses a malformed connection string, naming EVENTSTORE_CONNECTION_STRING', async () => {
    await expect(connectEventStoreDb('postgres://localhost:5432/ledger')).rejects.toThrow(
      /^EVENTSTORE_CONNECTION_STRING is not a valid EventStoreDB connection string \(postgres:\/\/localhost:5432\/ledger\).*esdb:\/\/localhost:2113\?tls=false/,
    );
  });

  it('reports a server that does not answer, naming EVENTSTORE_CONNECTION_STRING and hiding the password', async () => {
    const port = await closedPort();
    const attempt = connectEventStoreDb(`esdb://admin:changeit@127.0.0.1:${port}?tls=false`, { timeoutMs: 5_000 });
    await expect(attempt).rejects.toThrow(new RegExp(`^Could not reach EventStoreDB at EVENTSTORE_CONNECTION_STRING \\(esdb://\\*\\*\\*@127\\.0\\.0\\.1:${port}\\?tls=false\\): `));
    await expect(attempt).rejects.not.toThrow(/changeit/);
  });

  it.each([
    ['esdb://admin:changeit@localhost:2113?tls=false', 'esdb://***@localhost:2113?tls=false'],
    ['esdb+discover://ops:secret@node1:2113,node2:2113', 'esdb+discover://***@node1:2113,node2:2113'],
    ['esdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
  ])('redacts the credentials of %s', (connectionString, redacted) => {
    expect(redactCredentials(connectionString)).toBe(redacted);
  });
});
