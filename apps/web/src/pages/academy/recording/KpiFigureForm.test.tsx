import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { KpiFigureForm } from './KpiFigureForm';

async function fill(user: ReturnType<typeof userEvent.setup>, { kpi, year, term, value, national }: { kpi?: string; year?: string; term?: string; value?: string; national?: string }) {
  const form = screen.getByRole('form', { name: 'Record a KPI figure' });
  if (kpi !== undefined) await user.selectOptions(within(form).getByLabelText('KPI'), kpi);
  if (year !== undefined) {
    await user.clear(within(form).getByLabelText(/Academic year/));
    await user.type(within(form).getByLabelText(/Academic year/), year);
  }
  if (term !== undefined) await user.selectOptions(within(form).getByLabelText('Term'), term);
  if (value !== undefined) {
    await user.clear(within(form).getByLabelText(/Figure/));
    await user.type(within(form).getByLabelText(/Figure/), value);
  }
  if (national !== undefined) await user.type(within(form).getByLabelText(/National average/), national);
  return form;
}

// Typing through user-event takes seconds on a busy machine.
describe('recording a KPI figure', { timeout: 15_000 }, () => {
  it('checks the figure on its KPI\'s scale and the academic year before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 201, body: ANSWER }]);
    renderConsole(<KpiFigureForm academyId={ACADEMY} />, { api });
    await fill(user, { year: '2024/26' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    expect(await screen.findByText('Give an academic year such as 2024/25, the second year following the first')).toBeInTheDocument();
    expect(screen.getByText('Give a percentage')).toBeInTheDocument();

    await fill(user, { kpi: 'curriculum', year: '2024/25', value: '2.5' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    expect(await screen.findByText('Give a whole grade from 1 to 4')).toBeInTheDocument();

    await fill(user, { kpi: 'attendance', value: '94.555' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    expect(await screen.findByText('At most 2 decimal places')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the figure with an Idempotency-Key, the same key again on a retry, and says what was recorded', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 503, body: { statusCode: 503, message: 'The event store is not answering' } }, { status: 201, body: ANSWER }]);
    const rendered = renderConsole(<KpiFigureForm academyId={ACADEMY} />, { api });
    await fill(user, { kpi: 'attendance', year: '2021/22', term: 'spring', value: '94.6', national: '94.1' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    expect(await screen.findByText('The event store is not answering')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    expect(await screen.findByText('Attendance for the spring term of 2021/22 recorded: 94.6 (national average 94.1).')).toBeInTheDocument();

    expect(sent).toHaveLength(2);
    expect(sent[0]!.path).toBe(`/academies/${ACADEMY}/kpis`);
    expect(sent[0]!.body).toEqual({ kpi: 'attendance', academicYear: '2021/22', term: 'spring', value: 94.6, nationalAverage: 94.1, source: 'academy-data' });
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]).toEqual(sent[0]);
    // The card is read again once its read model holds the figure, so the page shows it.
    expect(rendered.requests).toContain(`GET /academies/${ACADEMY}/card?minPosition=42`);

    // The next figure of the term is another record, with a key of its own.
    await fill(user, { kpi: 'progress', value: '78' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]!.body).toEqual({ kpi: 'progress', academicYear: '2021/22', term: 'spring', value: 78, source: 'academy-data' });
    expect(sent[2]!.key).not.toBe(sent[0]!.key);
  });

  it('says when the card already holds the term\'s figure, and shows the API\'s field message beside its field', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, error: 'Bad Request', message: ['academicYear must be an academic year from 1990/91 to 2099/00'], fields: ['academicYear'] } },
    ]);
    renderConsole(<KpiFigureForm academyId={ACADEMY} />, { api });
    await fill(user, { kpi: 'attendance', year: '2024/25', term: 'autumn' });
    await waitFor(() => expect(screen.getByLabelText(/Figure/)).toHaveAccessibleDescription(/Already recorded: 94.6; correct it instead/));
    await fill(user, { value: '95' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    await waitFor(() => expect(screen.getByLabelText(/Academic year/)).toHaveAccessibleDescription(/academicYear must be an academic year from 1990\/91 to 2099\/00/));
    expect(screen.getByLabelText(/Academic year/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [{ status: 409, body: { statusCode: 409, message: 'attendance for autumn 2024/25 is already recorded for academy 149765; send a correction to change it' } }]);
    renderConsole(<KpiFigureForm academyId={ACADEMY} />, { api });
    await fill(user, { kpi: 'attendance', year: '2024/25', value: '95' });
    await user.click(screen.getByRole('button', { name: 'Record the figure' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('attendance for autumn 2024/25 is already recorded for academy 149765; send a correction to change it');
    expect(screen.queryByRole('status', { name: /recorded/ })).not.toBeInTheDocument();
  });
});
