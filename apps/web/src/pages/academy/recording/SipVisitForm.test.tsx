import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { SipVisitForm } from './SipVisitForm';

// Typing through user-event takes seconds on a busy machine.
describe('recording a SIP visit', { timeout: 15_000 }, () => {
  it('asks for the day (not in the future) and the report\'s summary, then sends it with one key however often', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 502, body: { statusCode: 502, message: 'Bad gateway' } }, { status: 201, body: ANSWER }]);
    renderConsole(<SipVisitForm academyId={ACADEMY} />, { api });
    await user.type(screen.getByLabelText(/Day of the visit/), '2099-10-15');
    await user.click(screen.getByRole('button', { name: 'Record the visit' }));
    expect(await screen.findByText('Must not be in the future')).toBeInTheDocument();
    expect(screen.getByText('Write something here')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(screen.getByLabelText(/Day of the visit/));
    await user.type(screen.getByLabelText(/Day of the visit/), '2024-10-15');
    await user.type(screen.getByLabelText(/Summary of the partner's report/), 'Reading fluency secure in KS1.');
    await user.click(screen.getByRole('button', { name: 'Record the visit' }));
    await screen.findByText('Bad gateway');
    await user.click(screen.getByRole('button', { name: 'Record the visit' }));
    expect(await screen.findByText('The SIP visit of 15 October 2024 recorded.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: `/academies/${ACADEMY}/sip-visits`, body: { visitedOn: '2024-10-15', reportSummary: 'Reading fluency secure in KS1.' } });
    expect(sent[1]).toEqual(sent[0]);
  });

  it('shows the API\'s message beside the day, and a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['visitedOn: must be a day from 1990-09-01 to 2100-08-31'], fields: ['visitedOn'] } },
      { status: 422, body: { statusCode: 422, message: 'academy 149765 has no School Improvement Partner on 2024-10-15' } },
    ]);
    renderConsole(<SipVisitForm academyId={ACADEMY} />, { api });
    await user.type(screen.getByLabelText(/Day of the visit/), '2024-10-15');
    await user.type(screen.getByLabelText(/Summary of the partner's report/), 'Visit');
    await user.click(screen.getByRole('button', { name: 'Record the visit' }));
    await waitFor(() => expect(screen.getByLabelText(/Day of the visit/)).toHaveAccessibleDescription(/visitedOn: must be a day from/));
    await user.type(screen.getByLabelText(/Summary of the partner's report/), ' held');
    await user.click(screen.getByRole('button', { name: 'Record the visit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('has no School Improvement Partner on 2024-10-15');
  });
});
