import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../../../api/test/test-support/test-app.js';

/** Where a test app listens, as the demo loader is given it. */
export function baseUrlOf(api: TestApp): string {
  return `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
}
