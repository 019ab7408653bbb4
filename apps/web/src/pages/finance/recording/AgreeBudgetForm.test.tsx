import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../../test/render';
import { FinanceRecording } from './FinanceRecording';

const ACADEMIES = [
  { academyId: '146034', name: 'Kingsmead Academy', hub: 'North', phase: 'secondary', tier: 2, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
  { academyId: '147851', name: 'Ashdown All-Through Academy', hub: 'North', phase: 'all-through', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
];
const FINANCE = ['academies.list', 'reconciliation.read', 'improvement-budgets.agree'];

function financeApi(answerBudget: (calls: number) => FakeAnswer, permissions = FINANCE) {
  const sent: { path: string; body: unknown; key: string | null }[] = [];
  const api: FakeApi = ({ method, path, query, headers, body }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['finance']);
    if (path === '/academies') return { body: ACADEMIES };
    if (path === '/finance/reconciliation') return { body: { academicYear: query.get('academicYear'), academies: [], trustCentre: { incomePence: 0 }, totals: { debitsPence: 0, creditsPence: 0, internalNetPence: 0 } } };
    if (method === 'POST' && path.endsWith('/improvement-budgets')) {
      sent.push({ path, body: JSON.parse(body ?? 'null') as unknown, key: headers.get('Idempotency-Key') });
      return answerBudget(sent.length);
    }
    return undefined;
  };
  return { api, sent };
}

const agreed: FakeAnswer = { status: 201, body: { id: '146034', streamId: 'budget-146034-2024-25', position: '77', events: ['ImprovementBudgetAgreed'] } };

async function fillBudget(form: HTMLElement): Promise<void> {
  const academy = within(form).getByLabelText(/^Academy whose budget it is/);
  await within(academy).findByRole('option', { name: 'Kingsmead Academy (URN 146034)' });
  fireEvent.change(academy, { target: { value: '146034' } });
  fireEvent.change(within(form).getByLabelText(/^Budget in pounds/), { target: { value: '6,000.50' } });
  fireEvent.change(within(form).getByLabelText(/^Headteacher's name/), { target: { value: 'Sarah Whitfield' } });
  fireEvent.change(within(form).getByLabelText(/^Academy improvement director's name/), { target: { value: 'Dr Helen Marsh' } });
  fireEvent.change(within(form).getByLabelText(/^Chief executive's name/), { target: { value: 'Richard Okafor' } });
  fireEvent.change(within(form).getByLabelText(/^Finance director's name/), { target: { value: 'Priya Shah' } });
}

describe('agreeing an improvement budget', () => {
  it('is not offered to a role that may not agree budgets', async () => {
    const { api } = financeApi(() => agreed, ['academies.list', 'recharges.log']);
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    await screen.findByRole('form', { name: 'Log a recharge' });
    expect(screen.queryByRole('form', { name: 'Agree a budget' })).not.toBeInTheDocument();
  });

  it('asks for the academy, an amount in pounds and all four who agreed, and sends nothing until they are given', async () => {
    const { api, sent } = financeApi(() => agreed);
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Agree a budget' });
    fireEvent.change(within(form).getByLabelText(/^Budget in pounds/), { target: { value: '6.000,50' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Agree the budget' }));
    expect(await within(form).findByText('Choose the academy whose budget it is')).toBeInTheDocument();
    expect(within(form).getByText(/^Enter an amount in pounds/)).toBeInTheDocument();
    expect(within(form).getByText("Enter the headteacher's name")).toBeInTheDocument();
    expect(within(form).getByText("Enter the finance director's name")).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Chief executive's name/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('sends the year of the page, the amount in pence and the four by role; a retry keeps its Idempotency-Key', async () => {
    const { api, sent } = financeApi((calls) => (calls === 1 ? { status: 503, body: { statusCode: 503, message: 'The ledger is busy: try again' } } : agreed));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Agree a budget' });
    expect(within(form).getByLabelText(/^Year of the budget/)).toHaveValue('2024/25');
    await fillBudget(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Agree the budget' }));
    expect(await within(form).findByText('The ledger is busy: try again')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Agree the budget' }));
    expect(
      await within(form).findByText('Budget agreed: £6,000.50 for Kingsmead Academy in 2024/25, by Sarah Whitfield, Dr Helen Marsh, Richard Okafor, Priya Shah.'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({
      path: '/academies/146034/improvement-budgets',
      key: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      body: {
        academicYear: '2024/25',
        amountPence: 600_050,
        agreedBy: [
          { name: 'Sarah Whitfield', role: 'headteacher' },
          { name: 'Dr Helen Marsh', role: 'improvement-director' },
          { name: 'Richard Okafor', role: 'chief-executive' },
          { name: 'Priya Shah', role: 'finance-director' },
        ],
      },
    });
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it("shows the API's message for a field beside that field", async () => {
    const { api } = financeApi(() => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', fields: ['agreedBy.2.name'], message: ['agreedBy.2.name must be at most 200 characters'] } }));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Agree a budget' });
    await fillBudget(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Agree the budget' }));
    const chief = within(form).getByLabelText(/^Chief executive's name/);
    await waitFor(() => expect(chief).toHaveAttribute('aria-invalid', 'true'));
    expect(chief).toHaveAccessibleDescription(expect.stringContaining('agreedBy.2.name must be at most 200 characters'));
  });

  it('says in plain words why the ledger refused the budget', async () => {
    const message =
      'an improvement budget is agreed by the headteacher, the academy improvement director, the chief executive and the finance director; not agreed by the chief executive';
    const { api } = financeApi(() => ({ status: 422, body: { statusCode: 422, message } }));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Agree a budget' });
    await fillBudget(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Agree the budget' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The ledger refused this');
    expect(alert).toHaveTextContent(message);
  });
});
