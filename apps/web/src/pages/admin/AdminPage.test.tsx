import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeApi } from '../../../test/render';
import AdminPage from './AdminPage';

const ADMIN = ['projections.read', 'projections.rebuild', 'projections.retry', 'reports.create', 'reports.read', 'jobs.read', 'imports.run'];
const HASH = 'ab'.repeat(32);

const projections = {
  headPosition: '1200',
  runInThisProcess: true,
  projections: [
    { name: 'academy-card', position: '1200', status: 'running', behind: '0', lagSeconds: 0, failedPosition: null, lastError: null, updatedAt: '2025-03-12T10:00:00Z' },
    { name: 'tier-history', position: '1150', status: 'failed', behind: '50', lagSeconds: 12, failedPosition: '1151', lastError: 'column "rationale" does not exist', updatedAt: '2025-03-12T09:59:00Z' },
  ],
};

const report = { id: 'report-1', type: 'tier-decisions', academicYear: '2024/25', asOf: null, on: null, position: '1100', contentHash: HASH, createdAt: '2025-03-12T09:00:00Z' };

/** A fake ledger whose rebuild job reports 40% once, then completes; whose report built again has the same hash. */
function fakeLedger(permissions = ADMIN) {
  let jobAsked = 0;
  let reportAsked = 0;
  const sent: { method: string; path: string; body: string | null }[] = [];
  const api: FakeApi = ({ method, path, body }) => {
    sent.push({ method, path, body });
    if (path === '/auth/me') return meAnswer(permissions);
    if (path === '/admin/projections') return { body: projections };
    if (path === '/admin/reports' && method === 'GET') return { body: [report] };
    if (path === '/admin/jobs') return { body: [{ id: 'rebuild-academy-card-1', name: 'projection-rebuild', state: 'completed', progress: 100, createdAt: '2025-03-12T09:30:00Z', finishedAt: '2025-03-12T09:31:00Z' }] };
    if (path === '/admin/projections/academy-card/rebuild') return { status: 202, body: { jobId: 'rebuild-academy-card-2' } };
    if (path === '/admin/projections/tier-history/retry') return { body: { ...projections.projections[1], status: 'running' } };
    if (path === '/admin/jobs/rebuild-academy-card-2') {
      jobAsked += 1;
      return jobAsked === 1
        ? { body: { id: 'rebuild-academy-card-2', name: 'projection-rebuild', state: 'active', progress: 40, createdAt: '2025-03-12T10:00:00Z' } }
        : { body: { id: 'rebuild-academy-card-2', name: 'projection-rebuild', state: 'completed', progress: 100, result: { projection: 'academy-card', position: '1200', events: 1200 }, createdAt: '2025-03-12T10:00:00Z' } };
    }
    if (path === '/admin/reports' && method === 'POST') return { status: 202, body: { reportId: 'report-2' } };
    if (path === '/admin/reports/report-2') {
      reportAsked += 1;
      return reportAsked === 1 ? { status: 202, body: { id: 'report-2', state: 'active' } } : { body: { ...report, id: 'report-2', asOf: '1100', content: [] } };
    }
    return undefined;
  };
  return { api, sent };
}

describe('the Administration page', () => {
  it('shows each read model\'s state, checkpoint and lag, and a failed one\'s event and error with Retry', async () => {
    const { api, sent } = fakeLedger();
    renderConsole(<AdminPage />, { route: '/admin', api });
    const table = await screen.findByRole('table', { name: 'Read models' });
    const card = within(table).getByText('academy-card').closest('tr')!;
    expect(card).toHaveTextContent('Running');
    expect(card).toHaveTextContent('Up to date');
    const tiers = within(table).getByText('tier-history').closest('tr')!;
    expect(tiers).toHaveTextContent('Failed');
    expect(tiers).toHaveTextContent('50 events behind (12 s)');
    expect(tiers).toHaveTextContent('Failed on the event at position 1151: column "rationale" does not exist');
    await userEvent.click(within(tiers).getByRole('button', { name: 'Retry tier-history' }));
    await waitFor(() => expect(sent.some((request) => request.method === 'POST' && request.path === '/admin/projections/tier-history/retry')).toBe(true));
  });

  it('rebuilds a read model with a live progress bar, then says what it rebuilt', async () => {
    const { api } = fakeLedger();
    renderConsole(<AdminPage />, { route: '/admin', api });
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild academy-card' }));
    const bar = await screen.findByRole('progressbar', { name: 'Rebuilding academy-card' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(await screen.findByText('Rebuilt from 1,200 events, to position 1200', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Rebuilding academy-card' })).toHaveAttribute('aria-valuenow', '100');
  });

  it('lists reports with position and hash, and verifies one by building it again as of its position', async () => {
    const { api, sent } = fakeLedger();
    renderConsole(<AdminPage />, { route: '/admin', api });
    const reports = await screen.findByRole('table', { name: 'Reports built' });
    const row = within(reports).getByText('Tier decisions').closest('tr')!;
    expect(row).toHaveTextContent('1100');
    expect(row).toHaveTextContent(HASH.slice(0, 16));
    expect(within(row).getByRole('button', { name: 'Download the tier decisions report report-1 as CSV' })).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Verify the tier decisions report report-1' }));
    expect(await within(row).findByText('Same hash: verified', {}, { timeout: 3000 })).toBeInTheDocument();
    const posted = sent.find((request) => request.method === 'POST' && request.path === '/admin/reports');
    expect(JSON.parse(posted!.body!)).toEqual({ type: 'tier-decisions', academicYear: '2024/25', asOf: '1100' });
  });

  it('refuses to build a compliance report without its year, sending nothing', async () => {
    const { api, sent } = fakeLedger();
    renderConsole(<AdminPage />, { route: '/admin', api });
    await userEvent.selectOptions(await screen.findByLabelText('Report'), 'compliance');
    await userEvent.click(screen.getByRole('button', { name: 'Build report' }));
    expect(await screen.findByText('A compliance report is of one academic year')).toBeInTheDocument();
    expect(sent.some((request) => request.method === 'POST' && request.path === '/admin/reports')).toBe(false);
  });

  it('lists the background jobs with their state', async () => {
    const { api } = fakeLedger();
    renderConsole(<AdminPage />, { route: '/admin', api });
    const jobs = await screen.findByRole('table', { name: 'Background jobs' });
    expect(within(jobs).getByText('rebuild-academy-card-1').closest('tr')).toHaveTextContent('Rebuild');
    expect(within(jobs).getByText('rebuild-academy-card-1').closest('tr')).toHaveTextContent('Completed');
  });

  it('shows nothing it may not: without rebuild, no Rebuild; without reports, no reports', async () => {
    const { api } = fakeLedger(['projections.read']);
    renderConsole(<AdminPage />, { route: '/admin', api });
    await screen.findByRole('table', { name: 'Read models' });
    expect(screen.queryByRole('button', { name: /^Rebuild/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Reports' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Imports' })).toBeNull();
  });
});
