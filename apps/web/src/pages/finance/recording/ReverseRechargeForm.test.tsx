import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../../test/render';
import FinancePage from '../../FinancePage';

const reconciliation = {
  academicYear: '2024/25',
  academies: [{ academyId: '146034', name: 'Kingsmead Academy', budgetPence: 600_000, spentPence: 39_000, incomePence: 0, remainingPence: 561_000, overBudget: false }],
  trustCentre: { incomePence: 0 },
  totals: { debitsPence: 39_000, creditsPence: 39_000, internalNetPence: 0 },
};
const line = { rechargeId: 'r-1', date: '2025-03-12', academicYear: '2024/25', description: 'Lead teacher: maths mastery modelling', position: '901' };
const ledger = [
  { ...line, account: 'academy:146034:improvement-spend', academyId: '146034', academyName: 'Kingsmead Academy', debitPence: 39_000, creditPence: 0 },
  { ...line, account: 'academy:147851:improvement-income', academyId: '147851', academyName: 'Ashdown All-Through Academy', debitPence: 0, creditPence: 39_000 },
];
const FINANCE = ['academies.list', 'reconciliation.read', 'ledger.read', 'recharges.reverse'];

function financeApi(answerReversal: () => FakeAnswer, permissions = FINANCE) {
  const sent: { path: string; body: unknown; key: string | null }[] = [];
  const api: FakeApi = ({ method, path, headers, body }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['finance']);
    if (path === '/finance/reconciliation') return { body: reconciliation };
    if (path === '/finance/ledger') return { body: ledger, headers: { 'X-Total-Count': '2' } };
    if (method === 'POST' && path.endsWith('/reversal')) {
      sent.push({ path, body: JSON.parse(body ?? 'null') as unknown, key: headers.get('Idempotency-Key') });
      return answerReversal();
    }
    return undefined;
  };
  return { api, sent };
}

const reversed: FakeAnswer = { status: 201, body: { id: 'r-1', streamId: 'recharge-r-1', position: '950', events: ['RechargeReversed'], amountPence: 39_000, academicYear: '2024/25' } };

async function openReversal(): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Ledger' });
  const buttons = within(table).getAllByRole('button', { name: /^Reverse the recharge/ });
  // The recharge's charge to the academy supported offers the reversal; its income line does not.
  expect(buttons).toHaveLength(1);
  fireEvent.click(buttons[0]!);
  return screen.findByRole('form', { name: 'Reverse a recharge' });
}

describe('reversing a recharge from its ledger line', () => {
  it('is not offered to a role that may not reverse recharges', async () => {
    const { api } = financeApi(() => reversed, ['academies.list', 'reconciliation.read', 'ledger.read']);
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const table = await screen.findByRole('table', { name: 'Ledger' });
    expect(within(table).queryByRole('button', { name: /Reverse/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Correction' })).not.toBeInTheDocument();
  });

  it('asks why, then sends the reason for that recharge and says what was reversed', async () => {
    const { api, sent } = financeApi(() => reversed);
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const form = await openReversal();
    expect(within(form).getByText(/Lead teacher: maths mastery modelling, 12 March 2025: £390.00 charged to Kingsmead Academy \(2024\/25\)/)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    expect(await within(form).findByText('Enter why the recharge is reversed')).toBeInTheDocument();
    expect(sent).toEqual([]);
    fireEvent.change(within(form).getByLabelText(/^Why it is reversed/), { target: { value: 'Logged against the wrong academy' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    expect(await within(form).findByText('Reversed: £390.00 credited back to Kingsmead Academy and debited from the provider, in the 2024/25 ledger.')).toBeInTheDocument();
    expect(sent).toEqual([{ path: '/recharges/r-1/reversal', body: { reason: 'Logged against the wrong academy' }, key: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown }]);
  });

  it('sends a retry with the same Idempotency-Key', async () => {
    let calls = 0;
    const { api, sent } = financeApi(() => ((calls += 1) === 1 ? { status: 503, body: { statusCode: 503, message: 'The ledger is busy: try again' } } : reversed));
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const form = await openReversal();
    fireEvent.change(within(form).getByLabelText(/^Why it is reversed/), { target: { value: 'Duplicate entry' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    expect(await within(form).findByText('The ledger is busy: try again')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    await within(form).findByText(/^Reversed: £390.00/);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it("shows the API's message for the reason beside it", async () => {
    const { api } = financeApi(() => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', fields: ['reason'], message: ['reason must be at most 2000 characters'] } }));
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const form = await openReversal();
    fireEvent.change(within(form).getByLabelText(/^Why it is reversed/), { target: { value: 'Too long, the API says' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    const reason = within(form).getByLabelText(/^Why it is reversed/);
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('reason must be at most 2000 characters'));
  });

  it('says in plain words that a recharge already reversed is not reversed again', async () => {
    const { api } = financeApi(() => ({ status: 409, body: { statusCode: 409, message: 'recharge r-1 was already reversed on 2025-09-15' } }));
    renderConsole(<FinancePage />, { route: '/finance?year=2024/25', api });
    const form = await openReversal();
    fireEvent.change(within(form).getByLabelText(/^Why it is reversed/), { target: { value: 'Duplicate entry' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Reverse the recharge' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The ledger already holds this');
    expect(alert).toHaveTextContent('recharge r-1 was already reversed on 2025-09-15');
    expect(within(alert).queryByRole('button', { name: 'Reload and retry' })).toBeNull();
  });
});
