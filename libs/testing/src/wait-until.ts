/**
 * Polls `condition` until it holds or `timeoutMs` passes. Tests wait on a condition (a checkpoint
 * reaching a position, a row appearing), never on a fixed sleep.
 */
export async function waitUntil(condition: () => Promise<boolean> | boolean, { timeoutMs = 10_000, intervalMs = 10, message = 'condition' } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
