import type { TestProject } from 'vitest/node';
import { loadDemo, startLedger, type RunningLedger } from './ledger';

declare module 'vitest' {
  export interface ProvidedContext {
    ledgerUrl: string;
  }
}

let ledger: RunningLedger | undefined;

/** One ledger with the demo trust loaded, shared by the journeys (loading the demo takes most of a minute). */
export async function setup(project: TestProject): Promise<void> {
  ledger = await startLedger();
  await loadDemo(ledger.url);
  project.provide('ledgerUrl', ledger.url);
}

export async function teardown(): Promise<void> {
  await ledger?.stop();
}
