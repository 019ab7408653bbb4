import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { AnnualReviewForm } from './AnnualReviewForm';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';

// Typing through user-event takes seconds on a busy machine.
describe('recording an annual review', { timeout: 15_000 }, () => {
  it('asks whether capacity to improve was found and for a summary, then sends it with one key however often', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 503, body: { statusCode: 503, message: 'Unavailable' } }, { status: 201, body: ANSWER }]);
    renderConsole(<AnnualReviewForm academyId={ACADEMY} />, { api });
    await user.click(screen.getByRole('button', { name: 'Record the annual review' }));
    expect(await screen.findByText('Say whether the review found capacity to improve')).toBeInTheDocument();
    expect(screen.getByText('Write something here')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(screen.getByLabelText(/Academic year/));
    await user.type(screen.getByLabelText(/Academic year/), '2024/25');
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.type(screen.getByLabelText(/Summary/), 'Leadership capacity is stretched.');
    await user.click(screen.getByRole('button', { name: 'Record the annual review' }));
    await screen.findByText('Unavailable');
    await user.click(screen.getByRole('button', { name: 'Record the annual review' }));
    expect(await screen.findByText('The annual review of 2024/25 recorded: no capacity to improve found.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: `/academies/${ACADEMY}/annual-reviews`, body: { academicYear: '2024/25', capacityToImprove: false, summary: 'Leadership capacity is stretched.' } });
    expect(sent[1]).toEqual(sent[0]);
  });

  it('shows the API\'s message beside the summary, and a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['summary: contains only invisible characters'], fields: ['summary'] } },
      { status: 409, body: { statusCode: 409, message: 'the annual review of 2024/25 is already recorded' } },
    ]);
    renderConsole(<AnnualReviewForm academyId={ACADEMY} />, { api });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText(/Summary/), 'Secure');
    await user.click(screen.getByRole('button', { name: 'Record the annual review' }));
    await waitFor(() => expect(screen.getByLabelText(/Summary/)).toHaveAccessibleDescription(/summary: contains only invisible characters/));
    await user.type(screen.getByLabelText(/Summary/), ' leadership');
    await user.click(screen.getByRole('button', { name: 'Record the annual review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the annual review of 2024/25 is already recorded');
  });
});
