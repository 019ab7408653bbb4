import type { Position, RecordedEvent, SubscribeOptions, Subscription } from '../event-store.js';

interface FollowAllInput extends SubscribeOptions {
  batchSize: number;
  readPage(after: Position, limit: number): Promise<RecordedEvent[]>;
  waitForAppend(): Promise<void>;
}

/**
 * A catch-up subscription over the whole log: reads pages after the checkpoint, hands each to the
 * handler and waits for it, then follows new appends. Positions are visible strictly in order, so
 * "after the last position handled" never skips an event. A read that fails (the database
 * restarting) is retried with back-off; a handler that fails stops the subscription, because
 * skipping its event would leave a read model silently wrong.
 */
export function followAll(input: FollowAllInput): Subscription {
  let stopping = false;
  let wakeFromBackoff: (() => void) | null = null;

  const run = async (): Promise<void> => {
    let checkpoint = input.after ?? 0n;
    let backoffMs = 50;
    while (!stopping) {
      let page: RecordedEvent[];
      try {
        page = await input.readPage(checkpoint, input.batchSize);
        backoffMs = 50;
      } catch {
        await new Promise<void>((resolve) => {
          wakeFromBackoff = resolve;
          setTimeout(resolve, backoffMs);
        });
        backoffMs = Math.min(backoffMs * 2, 5_000);
        continue;
      }
      if (page.length === 0) {
        await input.waitForAppend();
        continue;
      }
      await input.onEvents(page);
      checkpoint = (page[page.length - 1] as RecordedEvent).position;
    }
  };

  const stopped = run().catch((error: unknown) => {
    stopping = true;
    input.onError?.(error);
  });

  return {
    stopped,
    async stop() {
      stopping = true;
      wakeFromBackoff?.();
      await stopped;
    },
  };
}
