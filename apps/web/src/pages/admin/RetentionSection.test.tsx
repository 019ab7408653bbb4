import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeApi } from '../../../test/render';
import AdminPage from './AdminPage';

const schedule = {
  today: '2028-09-01',
  runsDailyAt: '02:00 UTC',
  categories: [
    { category: 'aim-meetings', holds: "AIM attendees' names and judgements' comments", years: 6, earliestYearKept: '2022/23' },
    { category: 'peer-reviews', holds: 'visits\' observations', years: 3, earliestYearKept: '2025/26' },
    { category: 'finance', holds: "recharges' descriptions", years: null, earliestYearKept: null },
  ],
};

/** A ledger whose retention run reports progress once, then completes having erased one peer review record. */
function fakeLedger(permissions: string[]) {
  let asked = 0;
  const sent: { method: string; path: string }[] = [];
  const api: FakeApi = ({ method, path }) => {
    sent.push({ method, path });
    if (path === '/auth/me') return meAnswer(permissions);
    if (path === '/admin/retention') return { body: schedule };
    if (path === '/admin/retention/runs') return { status: 202, body: { jobId: 'retention-requested-1' } };
    if (path === '/admin/jobs/retention-requested-1') {
      asked += 1;
      return asked === 1
        ? { body: { id: 'retention-requested-1', name: 'retention', state: 'active', progress: { checked: 40, erased: 0 }, createdAt: '2028-09-01T08:00:00Z' } }
        : {
            body: {
              id: 'retention-requested-1',
              name: 'retention',
              state: 'completed',
              progress: { checked: 120, erased: 1 },
              result: { runOn: '2028-09-01', checked: 120, erased: 1, byCategory: { 'peer-reviews': 1 }, rebuildJobs: [] },
              createdAt: '2028-09-01T08:00:00Z',
            },
          };
    }
    return undefined;
  };
  return { api, sent };
}

describe('the retention section of the Administration page', () => {
  it('shows each category, how long it is kept and the earliest year kept today', async () => {
    renderConsole(<AdminPage />, { route: '/admin', api: fakeLedger(['personal-data.retention']).api });
    const table = await screen.findByRole('table', { name: 'Retention schedule' });
    expect(within(table).getByText('AIM meetings').closest('tr')).toHaveTextContent('6 years after its academic year2022/23');
    expect(within(table).getByText('Finance').closest('tr')).toHaveTextContent('Until erased on requestEvery year');
    expect(screen.getByText(/Retention runs every day at 02:00 UTC\. Today is 1 September 2028\./)).toBeInTheDocument();
  });

  it('applies retention now, with the job\'s bar, then says what it erased', async () => {
    const { api, sent } = fakeLedger(['personal-data.retention', 'jobs.read']);
    renderConsole(<AdminPage />, { route: '/admin', api });
    await userEvent.click(await screen.findByRole('button', { name: 'Apply retention now' }));
    await waitFor(() => expect(sent.some((request) => request.method === 'POST' && request.path === '/admin/retention/runs')).toBe(true));
    expect(await screen.findByRole('progressbar', { name: 'Applying retention' })).toBeInTheDocument();
    expect(await screen.findByText('Erased 1 record past retention (Peer reviews 1); 120 keys checked. The read models are being rebuilt.', {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('is not shown to whoever may not apply retention', async () => {
    renderConsole(<AdminPage />, { route: '/admin', api: fakeLedger(['jobs.read']).api });
    expect(await screen.findByRole('heading', { name: 'Administration' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Retention of personal data' })).not.toBeInTheDocument();
  });
});
