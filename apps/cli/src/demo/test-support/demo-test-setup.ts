import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../../../api/test/test-support/test-app.js';
import { buildDemoTrust, type DemoAcademy } from '../demo-trust.js';

/** The demo trust with only each academy's registration: for tests of the parts loaded after it. */
export function demoRegistrationsOnly(): DemoAcademy[] {
  return buildDemoTrust().map((academy) => ({
    ...academy,
    requests: academy.requests.filter((request) => request.command.type === 'RegisterAcademy'),
  }));
}

/** Where a test app listens, as the demo loader is given it. */
export function baseUrlOf(api: TestApp): string {
  return `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
}
