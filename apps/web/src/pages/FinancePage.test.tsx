import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeApi } from '../../test/render';
import FinancePage from './FinancePage';

const reconciliation = {
  academicYear: '2024/25',
  academies: [
    { academyId: '146034', name: 'Kingsmead Academy', budgetPence: 100_000, spentPence: 150_050, incomePence: 0, remainingPence: -50_050, overBudget: true },
    { academyId: '147851', name: 'Ashdown All-Through Academy', budgetPence: 500_000, spentPence: 0, incomePence: 37_500, remainingPence: 500_000, overBudget: false },
  ],
  trustCentre: { incomePence: 112_550 },
  totals: { debitsPence: 150_050, creditsPence: 150_050, internalNetPence: 0 },
};

const ledgerLine = {
  rechargeId: 'r1',
  date: '2025-03-04',
  academicYear: '2024/25',
  account: 'academy:146034:improvement-spend',
  academyId: '146034',
  academyName: 'Kingsmead Academy',
  debitPence: 37_500,
  creditPence: 0,
  description: 'Maths mastery modelling, Year 7',
  position: '42',
};

const api: FakeApi = ({ path }) => {
  if (path === '/auth/me') return meAnswer(['reconciliation.read', 'ledger.read']);
  if (path === '/finance/reconciliation') return { body: reconciliation };
  if (path === '/finance/ledger') return { body: [ledgerLine], headers: { 'X-Total-Count': '1' } };
  return undefined;
};

describe('the Finance page', () => {
  it('reconciles the year by academy name, in pounds, marking overspend and checking the ledger balances', async () => {
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const table = await screen.findByRole('table', { name: 'Reconciliation' });
    const kingsmead = within(table).getByText('Kingsmead Academy').closest('tr')!;
    expect(kingsmead).toHaveTextContent('£1,000.00');
    expect(kingsmead).toHaveTextContent('£1,500.50');
    expect(kingsmead).toHaveTextContent('-£500.50');
    expect(within(kingsmead).getByText('Over budget')).toBeInTheDocument();
    expect(within(table).getByText('Ashdown All-Through Academy').closest('tr')).toHaveTextContent('Within budget');
    expect(screen.getByText('Debits equal credits')).toBeInTheDocument();
    expect(screen.getByText('Internal recharges net to zero')).toBeInTheDocument();
    const ledger = await screen.findByRole('table', { name: 'Ledger' });
    expect(within(ledger).getByText('4 March 2025')).toBeInTheDocument();
    expect(within(ledger).getByText('£375.00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });

  it('asks the API for exactly the past the URL names', async () => {
    const rendered = renderConsole(<FinancePage />, { route: '/finance?year=2024/25&asOf=2025-01-20T12:00:00Z&on=2025-01-15', api });
    await screen.findByRole('table', { name: 'Ledger' });
    expect(rendered.requests).toContain('GET /finance/reconciliation?academicYear=2024%2F25&asOf=2025-01-20T12%3A00%3A00Z&on=2025-01-15');
    expect(rendered.requests.some((request) => request.startsWith('GET /finance/ledger?academicYear=2024%2F25&asOf=2025-01-20T12%3A00%3A00Z&on=2025-01-15'))).toBe(true);
  });

  it('says when the API refuses the user', async () => {
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api: ({ path }) => (path === '/auth/me' ? meAnswer([]) : { status: 403, body: { statusCode: 403, message: 'Not allowed' } }) });
    expect(await screen.findByText('You may not see the reconciliation of 2024/25.')).toBeInTheDocument();
  });

  it('shows someone who may record but not reconcile (the improvement director) the forms alone, without asking for the reconciliation', async () => {
    const rendered = renderConsole(<FinancePage />, {
      route: '/finance?year=2024/25',
      api: ({ path }) => (path === '/auth/me' ? meAnswer(['academies.list', 'recharges.log', 'core-days.log', 'core-days.read'], ['improvement-director']) : path === '/academies' ? { body: [] } : undefined),
    });
    expect(await screen.findByRole('form', { name: 'Log a core day' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Log a recharge' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Agree a budget' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Reconciliation' })).not.toBeInTheDocument();
    expect(rendered.requests.some((request) => request.startsWith('GET /finance/reconciliation'))).toBe(false);
  });

  it('offers no form in a past view: recording is in the present', async () => {
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25&on=2025-01-15', api: ({ path }) => (path === '/auth/me' ? meAnswer(['reconciliation.read', 'ledger.read', 'recharges.log']) : api({ path } as Parameters<FakeApi>[0])) });
    expect(await screen.findByText('The forms record in the present: choose Now to use them.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Log a recharge' })).not.toBeInTheDocument();
  });
});
