/**
 * Wakes subscriptions when new events may be readable: on this process's own appends at once,
 * and on other processes' appends through PostgreSQL LISTEN/NOTIFY when enabled.
 * A poll interval backs both up, so a lost notification only delays, never loses, an event.
 */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const woken = this.waiters;
    this.waiters = new Set();
    for (const wake of woken) wake();
  }

  /** Resolves on the next notification, or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }
}
