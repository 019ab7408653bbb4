import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Creates a client from an EventStoreDB / KurrentDB connection string (`esdb://host:2113?tls=false`,
 * `esdb+discover://user:pass@node1:2113,node2:2113`) and checks the server answers with a cheap read
 * of the last event in `$all`. Throws an Error naming EVENTSTORE_CONNECTION_STRING when either fails.
 * The caller owns the client: `dispose()` it on shutdown.
 */
export async function connectEventStoreDb(connectionString: string, options: { timeoutMs?: number } = {}): Promise<EventStoreDBClient> {
  let client: EventStoreDBClient;
  try {
    client = EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw new Error(
      `EVENTSTORE_CONNECTION_STRING is not a valid EventStoreDB connection string (${redactCredentials(connectionString)}): ${reason(error)}. ` +
        'Expected something like esdb://localhost:2113?tls=false',
      { cause: error },
    );
  }
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  const read = client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        for await (const _event of read) {
          // At most one event: the answer itself is the check.
        }
      })(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await read.cancel().catch(() => undefined);
    await client.dispose().catch(() => undefined);
    throw new Error(`Could not reach EventStoreDB at EVENTSTORE_CONNECTION_STRING (${redactCredentials(connectionString)}): ${reason(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
  return client;
}

/** The connection string with any user name and password replaced, so it can go into a log. */
export function redactCredentials(connectionString: string): string {
  return connectionString.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}

function reason(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : String(error);
}
