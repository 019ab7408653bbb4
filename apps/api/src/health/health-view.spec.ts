import type { HealthCheckResult } from '@nestjs/terminus';
import { publicHealthView } from './health-view.js';

describe('publicHealthView', () => {
  const full: HealthCheckResult = {
    status: 'error',
    info: { database: { status: 'up' } },
    error: { eventStore: { status: 'down', message: 'connect ECONNREFUSED 10.0.0.7:2113' } },
    details: {
      database: { status: 'up' },
      eventStore: { status: 'down', message: 'connect ECONNREFUSED 10.0.0.7:2113' },
      projections: {
        status: 'down',
        runInThisProcess: true,
        projections: {
          'academy-card': { status: 'running', position: '1042', behind: '3', lagSeconds: 1.2, failedPosition: null, lastError: null },
          compliance: { status: 'failed', position: '1000', behind: '45', lagSeconds: 60, failedPosition: '1001', lastError: 'date/time field value out of range: "0000-01-01"' },
        },
      },
      reactors: { status: 'up', reactors: { deadlines: { position: '1042' } }, pendingDeadlines: 4, lateDeadlines: 0 },
    },
  };

  it('keeps the overall status, each check state and each projection state', () => {
    expect(publicHealthView(full)).toEqual({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { eventStore: { status: 'down' } },
      details: {
        database: { status: 'up' },
        eventStore: { status: 'down' },
        projections: { status: 'down', projections: { 'academy-card': { status: 'running' }, compliance: { status: 'failed' } } },
        reactors: { status: 'up' },
      },
    });
  });

  it('shows no error text, address, position, count or lag', () => {
    const text = JSON.stringify(publicHealthView(full));
    for (const secret of ['ECONNREFUSED', '10.0.0.7', '1042', '0000-01-01', 'lagSeconds', 'behind', 'pendingDeadlines', 'runInThisProcess']) {
      expect(text).not.toContain(secret);
    }
  });
});
