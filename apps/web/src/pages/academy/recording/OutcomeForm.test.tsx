import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { academicYearOfDay, nextAcademicYear, todayInLondon } from './form-rules';
import { OutcomeForm } from './OutcomeForm';

// Typing through user-event takes seconds on a busy machine.
describe('recording a year\'s outcomes', { timeout: 15_000 }, () => {
  it('refuses a future year and a missing direction, then sends once per body, the same key on a retry', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 500, body: { statusCode: 500, message: 'Internal error' } }, { status: 201, body: ANSWER }]);
    renderConsole(<OutcomeForm academyId={ACADEMY} />, { api });
    const year = screen.getByLabelText(/Academic year/);
    await user.clear(year);
    await user.type(year, nextAcademicYear(academicYearOfDay(todayInLondon())));
    await user.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    expect(await screen.findByText(/Must not be a future academic year/)).toBeInTheDocument();
    expect(screen.getByText('Say which way the outcomes moved')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(year);
    await user.type(year, '2023/24');
    await user.click(screen.getByRole('radio', { name: 'Negative' }));
    await user.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    await screen.findByText('Internal error');
    await user.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    expect(await screen.findByText('The outcomes of 2023/24 recorded as negative.')).toBeInTheDocument();
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: `/academies/${ACADEMY}/outcomes`, body: { academicYear: '2023/24', direction: 'negative' } },
      { path: `/academies/${ACADEMY}/outcomes`, body: { academicYear: '2023/24', direction: 'negative' } },
    ]);
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it('shows the API\'s message beside the year, and a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['academicYear: must be an academic year from 1990/91 to 2099/00'], fields: ['academicYear'] } },
      { status: 409, body: { statusCode: 409, message: 'the outcomes of 2023/24 are already recorded for academy 149765' } },
    ]);
    renderConsole(<OutcomeForm academyId={ACADEMY} />, { api });
    await user.click(screen.getByRole('radio', { name: 'Positive' }));
    await user.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    await waitFor(() => expect(screen.getByLabelText(/Academic year/)).toHaveAccessibleDescription(/must be an academic year from 1990\/91 to 2099\/00/));
    await user.click(screen.getByRole('radio', { name: 'Negative' }));
    await user.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the outcomes of 2023/24 are already recorded');
  });
});
