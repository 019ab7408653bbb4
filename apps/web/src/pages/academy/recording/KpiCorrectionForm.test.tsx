import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { KpiCorrectionForm } from './KpiCorrectionForm';

async function fill(user: ReturnType<typeof userEvent.setup>, { kpi, year, term, value, reason }: { kpi?: string; year?: string; term?: string; value?: string; reason?: string }) {
  const form = screen.getByRole('form', { name: 'Correct a KPI figure' });
  if (kpi !== undefined) await user.selectOptions(within(form).getByLabelText('KPI'), kpi);
  if (year !== undefined) {
    await user.clear(within(form).getByLabelText(/Academic year/));
    await user.type(within(form).getByLabelText(/Academic year/), year);
  }
  if (term !== undefined) await user.selectOptions(within(form).getByLabelText('Term'), term);
  if (value !== undefined) await user.type(within(form).getByLabelText(/Corrected figure/), value);
  if (reason !== undefined) await user.type(within(form).getByLabelText(/Reason for the correction/), reason);
}

// Typing through user-event takes seconds on a busy machine.
describe('correcting a KPI figure', { timeout: 15_000 }, () => {
  it('shows the figure recorded now, and asks for a reason before sending', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 201, body: ANSWER }]);
    renderConsole(<KpiCorrectionForm academyId={ACADEMY} />, { api });
    await fill(user, { kpi: 'attendance', year: '2024/25', term: 'autumn', value: '95.1', reason: '   ' });
    await waitFor(() => expect(screen.getByLabelText(/Corrected figure/)).toHaveAccessibleDescription(/Recorded now: 94.6/));
    await user.click(screen.getByRole('button', { name: 'Correct the figure' }));
    expect(await screen.findByText('Write something here')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the correction with its reason, once per distinct body, and says what was corrected', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 502, body: { statusCode: 502, message: 'Bad gateway' } }, { status: 201, body: { ...ANSWER, events: ['KpiCorrected'] } }]);
    renderConsole(<KpiCorrectionForm academyId={ACADEMY} />, { api });
    await fill(user, { kpi: 'attendance', year: '2024/25', term: 'autumn', value: '95.1', reason: 'Census return revised' });
    await user.click(screen.getByRole('button', { name: 'Correct the figure' }));
    await screen.findByText('Bad gateway');
    await user.click(screen.getByRole('button', { name: 'Correct the figure' }));
    expect(await screen.findByText('Attendance for the autumn term of 2024/25 corrected to 95.1.')).toBeInTheDocument();
    expect(sent.map((command) => command.body)).toEqual([
      { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.1, reason: 'Census return revised' },
      { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.1, reason: 'Census return revised' },
    ]);
    expect(sent[0]!.path).toBe(`/academies/${ACADEMY}/kpis/corrections`);
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it('shows the API\'s message beside the reason, and a figure never recorded refused in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['reason: contains a bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069)'], fields: ['reason'] } },
      { status: 422, body: { statusCode: 422, message: 'progress for summer 2021/22 has never been recorded for academy 149765, so there is nothing to correct; record it instead' } },
    ]);
    renderConsole(<KpiCorrectionForm academyId={ACADEMY} />, { api });
    await fill(user, { year: '2021/22', term: 'summer', value: '80', reason: 'Moderation' });
    await user.click(screen.getByRole('button', { name: 'Correct the figure' }));
    await waitFor(() => expect(screen.getByLabelText(/Reason for the correction/)).toHaveAccessibleDescription(/reason: contains a bidirectional override/));
    await user.type(screen.getByLabelText(/Reason for the correction/), ' adjusted the assessments');
    await user.click(screen.getByRole('button', { name: 'Correct the figure' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The ledger refused this');
    expect(alert).toHaveTextContent('has never been recorded for academy 149765, so there is nothing to correct; record it instead');
  });
});
