import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../../test/render';
import { FinanceRecording } from './FinanceRecording';

const ACADEMIES = [
  { academyId: '146034', name: 'Kingsmead Academy', hub: 'North', phase: 'secondary', tier: 2, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
  { academyId: '147851', name: 'Ashdown All-Through Academy', hub: 'North', phase: 'all-through', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
];
const RATES = { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 26_000, 'support-staff': 15_000 };
const FINANCE = ['academies.list', 'reconciliation.read', 'ledger.read', 'rate-cards.read', 'recharges.log', 'recharges.reverse'];

interface Sent {
  body: unknown;
  key: string | null;
}

function financeApi(answerRecharge: (sent: Sent[]) => FakeAnswer, permissions = FINANCE): { api: FakeApi; sent: Sent[] } {
  const sent: Sent[] = [];
  const api: FakeApi = ({ method, path, query, headers, body }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['finance']);
    if (path === '/academies') return { body: ACADEMIES };
    if (path === '/finance/rate-card') return { body: { academicYear: query.get('academicYear'), rates: RATES, source: 'set' } };
    if (path === '/finance/reconciliation') return { body: { academicYear: query.get('academicYear'), academies: [], trustCentre: { incomePence: 0 }, totals: { debitsPence: 0, creditsPence: 0, internalNetPence: 0 } } };
    if (method === 'POST' && path === '/recharges') {
      sent.push({ body: JSON.parse(body ?? 'null') as unknown, key: headers.get('Idempotency-Key') });
      return answerRecharge(sent);
    }
    return undefined;
  };
  return { api, sent };
}

const logged: FakeAnswer = {
  status: 201,
  body: { id: 'r-1', streamId: 'recharge-r-1', position: '901', events: ['RechargeLogged'], amountPence: 39_000, academicYear: '2024/25' },
};

async function fillRecharge(): Promise<void> {
  const supported = await screen.findByLabelText(/^Academy supported/);
  await within(supported).findByRole('option', { name: 'Kingsmead Academy (URN 146034)' });
  fireEvent.change(supported, { target: { value: '146034' } });
  fireEvent.change(screen.getByLabelText(/^Who gave the support/), { target: { value: 'teacher' } });
  fireEvent.change(screen.getByLabelText(/^Their academy/), { target: { value: '147851' } });
  fireEvent.change(screen.getByLabelText(/^Days of support/), { target: { value: '1.5' } });
  fireEvent.change(screen.getByLabelText(/^Date the support was given/), { target: { value: '2025-03-12' } });
  fireEvent.change(screen.getByLabelText(/^What the support was/), { target: { value: 'Lead teacher: maths mastery modelling' } });
}

describe('logging a recharge', () => {
  it('is not offered to a role that may not log recharges', async () => {
    const { api } = financeApi(() => logged, ['academies.list', 'reconciliation.read', 'ledger.read']);
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await waitFor(() => expect(screen.queryByText('Loading')).not.toBeInTheDocument());
    expect(screen.queryByRole('form', { name: 'Log a recharge' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Academy supported/)).not.toBeInTheDocument();
  });

  it('says what is missing or wrong beside each field, and sends nothing', async () => {
    const { api, sent } = financeApi(() => logged);
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await screen.findByRole('form', { name: 'Log a recharge' });
    fireEvent.change(screen.getByLabelText(/^Who gave the support/), { target: { value: 'headteacher' } });
    fireEvent.change(screen.getByLabelText(/^Days of support/), { target: { value: '1.25' } });
    fireEvent.change(screen.getByLabelText(/^Date the support was given/), { target: { value: '2999-01-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    expect(await screen.findByText('Choose the academy supported')).toBeInTheDocument();
    expect(screen.getByText(/^Choose the headteacher's academy/)).toBeInTheDocument();
    expect(screen.getByText(/^Enter days in half days/)).toBeInTheDocument();
    expect(screen.getByText(/must not be in the future/)).toBeInTheDocument();
    expect(screen.getByText('Enter what the support was')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Days of support/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it("shows the price by the year's rate card before logging, sends the recharge in pence and days, and says what was recorded", async () => {
    const { api, sent } = financeApi(() => logged);
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await fillRecharge();
    expect(await screen.findByText('Price: 1.5 days at £260.00 a day for a teacher, by the 2024/25 rate card: £390.00.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    expect(
      await screen.findByText(
        'Recharge logged: £390.00 for 1.5 days of a teacher on 12 March 2025, charged to Kingsmead Academy and income to Ashdown All-Through Academy, in the 2024/25 ledger.',
      ),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toEqual({
      supportedAcademyId: '146034',
      providerRole: 'teacher',
      providerAcademyId: '147851',
      days: 1.5,
      deliveredOn: '2025-03-12',
      description: 'Lead teacher: maths mastery modelling',
    });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByLabelText(/^Days of support/)).toHaveValue('');
  });

  it('sends the trust centre as null for a hub lead, whatever academy was chosen before', async () => {
    const { api, sent } = financeApi(() => logged);
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await fillRecharge();
    fireEvent.change(screen.getByLabelText(/^Who gave the support/), { target: { value: 'hub-lead' } });
    expect(screen.queryByLabelText(/^Their academy/)).not.toBeInTheDocument();
    expect(screen.getByText("Employed by the trust: the income is the trust centre's.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).toMatchObject({ providerRole: 'hub-lead', providerAcademyId: null });
  });

  it('sends a retry of the same recharge with the same Idempotency-Key, so it is logged once', async () => {
    const { api, sent } = financeApi((calls) => (calls.length === 1 ? { status: 503, body: { statusCode: 503, message: 'The ledger is busy: try again' } } : logged));
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await fillRecharge();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    expect(await screen.findByText('The ledger is busy: try again')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    await screen.findByText(/^Recharge logged: £390.00/);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[1]!.body).toEqual(sent[0]!.body);
  });

  it("shows the API's message for a field beside that field", async () => {
    const { api } = financeApi(() => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', fields: ['providerAcademyId'], message: ['providerAcademyId must be an academy URN of exactly 6 digits, or null for staff the trust employs centrally'] },
    }));
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await fillRecharge();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    const provider = screen.getByLabelText(/^Their academy/);
    await waitFor(() => expect(provider).toHaveAttribute('aria-invalid', 'true'));
    expect(provider).toHaveAccessibleDescription(expect.stringContaining('providerAcademyId must be an academy URN of exactly 6 digits'));
    expect(within(screen.getByRole('alert')).getByText('Some fields need changing')).toBeInTheDocument();
  });

  it('says in plain words why the ledger refused the recharge', async () => {
    const { api } = financeApi(() => ({ status: 422, body: { statusCode: 422, message: 'academy 146034 cannot recharge itself: the provider academy must be another academy of the trust' } }));
    renderConsole(<FinanceRecording />, { route: '/finance', api });
    await fillRecharge();
    fireEvent.click(screen.getByRole('button', { name: 'Log the recharge' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The ledger refused this');
    expect(alert).toHaveTextContent('academy 146034 cannot recharge itself');
  });
});
