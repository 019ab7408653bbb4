import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../../test/render';
import { FinanceRecording } from './FinanceRecording';

const ACADEMIES = [
  { academyId: '146034', name: 'Kingsmead Academy', hub: 'North', phase: 'secondary', tier: 2, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
  { academyId: '147851', name: 'Ashdown All-Through Academy', hub: 'North', phase: 'all-through', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 5 } },
];
const DIRECTOR = ['academies.list', 'compliance.read', 'recharges.log', 'rate-cards.read', 'core-days.log', 'core-days.read'];

function directorApi(answerCoreDay: (calls: number) => FakeAnswer, permissions = DIRECTOR) {
  const sent: { path: string; body: unknown; key: string | null }[] = [];
  const api: FakeApi = ({ method, path, query, headers, body }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['improvement-director']);
    if (path === '/academies') return { body: ACADEMIES };
    if (method === 'GET' && path === '/academies/146034/core-days') {
      return { body: { academyId: '146034', academicYear: query.get('academicYear'), entitled: 6, logged: 2, aimDays: 2.5, left: 1.5 } };
    }
    if (method === 'POST' && path.endsWith('/core-days')) {
      sent.push({ path, body: JSON.parse(body ?? 'null') as unknown, key: headers.get('Idempotency-Key') });
      return answerCoreDay(sent.length);
    }
    return undefined;
  };
  return { api, sent };
}

const logged: FakeAnswer = { status: 201, body: { id: '146034', streamId: 'core-days-146034-2024-25', position: '88', events: ['CoreDayLogged'] } };

async function fillCoreDay(form: HTMLElement, days = '1'): Promise<void> {
  const academy = within(form).getByLabelText(/^Academy given the core day/);
  await within(academy).findByRole('option', { name: 'Kingsmead Academy (URN 146034)' });
  fireEvent.change(academy, { target: { value: '146034' } });
  fireEvent.change(within(form).getByLabelText(/^Date of the core day/), { target: { value: '2025-02-04' } });
  fireEvent.change(within(form).getByLabelText(/^Core days given/), { target: { value: days } });
  fireEvent.change(within(form).getByLabelText(/^What the day was/), { target: { value: 'Leadership coaching' } });
}

describe('logging a core day', () => {
  it('is not offered to a role that may not log core days (finance)', async () => {
    const { api } = directorApi(() => logged, ['academies.list', 'reconciliation.read', 'recharges.log', 'core-days.read']);
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    await screen.findByRole('form', { name: 'Log a recharge' });
    expect(screen.queryByRole('form', { name: 'Log a core day' })).not.toBeInTheDocument();
  });

  it('shows the days left of the year of the date, counting the AIMs, and stops more than is left before sending', async () => {
    const { api, sent } = directorApi(() => logged);
    const rendered = renderConsole(<FinanceRecording />, { route: '/finance?year=2025/26', api });
    const form = await screen.findByRole('form', { name: 'Log a core day' });
    expect(within(form).getByText('The core days left are shown once the academy is chosen.')).toBeInTheDocument();
    await fillCoreDay(form, '2');
    expect(
      await within(form).findByText('Kingsmead Academy has 1.5 of its 6 core days left in 2024/25 (2 days logged, 2.5 days for its Academy Improvement Meetings).'),
    ).toBeInTheDocument();
    expect(rendered.requests).toContain('GET /academies/146034/core-days?academicYear=2024%2F25');
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    expect(await within(form).findByText('Only 1.5 of the core days are left in 2024/25')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('says what is missing beside each field, and sends nothing', async () => {
    const { api, sent } = directorApi(() => logged);
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Log a core day' });
    fireEvent.change(within(form).getByLabelText(/^Core days given/), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    expect(await within(form).findByText('Choose the academy given the core day')).toBeInTheDocument();
    expect(within(form).getByText('Enter the date the support was given')).toBeInTheDocument();
    expect(within(form).getByText(/^Enter days in half days/)).toBeInTheDocument();
    expect(within(form).getByText('Enter what the day was')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the day to the academy, keeping its Idempotency-Key on a retry, and says what was logged', async () => {
    const { api, sent } = directorApi((calls) => (calls === 1 ? { status: 503, body: { statusCode: 503, message: 'The ledger is busy: try again' } } : logged));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Log a core day' });
    await fillCoreDay(form, '1.5');
    await within(form).findByText(/has 1.5 of its 6 core days left/);
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    expect(await within(form).findByText('The ledger is busy: try again')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    expect(await within(form).findByText('Core day logged: 1.5 days with Kingsmead Academy on 4 February 2025.')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({ path: '/academies/146034/core-days', body: { deliveredOn: '2025-02-04', days: 1.5, description: 'Leadership coaching' }, key: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it("shows the API's message for a field beside that field", async () => {
    const { api } = directorApi(() => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', fields: ['deliveredOn'], message: ['deliveredOn must not be in the future'] } }));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Log a core day' });
    await fillCoreDay(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    const date = within(form).getByLabelText(/^Date of the core day/);
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(expect.stringContaining('deliveredOn must not be in the future'));
  });

  it('says in plain words why the ledger refused the day', async () => {
    const message = 'academy 146034 has used all 6 of its core improvement director days in 2024/25; further days are Academy Development Days, which are recharged';
    const { api } = directorApi(() => ({ status: 422, body: { statusCode: 422, message } }));
    renderConsole(<FinanceRecording />, { route: '/finance?year=2024/25', api });
    const form = await screen.findByRole('form', { name: 'Log a core day' });
    await fillCoreDay(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Log the core day' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The ledger refused this');
    expect(alert).toHaveTextContent(message);
  });
});
