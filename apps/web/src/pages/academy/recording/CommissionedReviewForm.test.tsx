import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { CommissionedReviewForm } from './CommissionedReviewForm';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';

// Typing through user-event takes seconds on a busy machine.
describe('recording a commissioned review', { timeout: 15_000 }, () => {
  it('wants the day within the academic year, then sends it with one key however often', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 503, body: { statusCode: 503, message: 'Unavailable' } }, { status: 201, body: ANSWER }]);
    renderConsole(<CommissionedReviewForm academyId={ACADEMY} />, { api });
    await user.clear(screen.getByLabelText(/Academic year/));
    await user.type(screen.getByLabelText(/Academic year/), '2024/25');
    await user.selectOptions(screen.getByLabelText(/Term/), 'spring');
    await user.type(screen.getByLabelText(/Completed on/), '2024-03-17');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    expect(await screen.findByText('Must be within 2024/25, 1 September 2024 to 31 August 2025')).toBeInTheDocument();
    expect(screen.getByText('Write something here')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(screen.getByLabelText(/Completed on/));
    await user.type(screen.getByLabelText(/Completed on/), '2025-03-17');
    await user.type(screen.getByLabelText(/Summary/), 'Spring review: quality of education.');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    await screen.findByText('Unavailable');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    expect(await screen.findByText('The spring review of 2024/25, completed on 17 March 2025, recorded.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: `/academies/${ACADEMY}/reviews`, body: { academicYear: '2024/25', term: 'spring', completedOn: '2025-03-17', summary: 'Spring review: quality of education.' } });
    expect(sent[1]).toEqual(sent[0]);
  });

  it('shows the API\'s message beside the term, and a second review of the term refused in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['term must be one of: autumn, spring, summer'], fields: ['term'] } },
      { status: 409, body: { statusCode: 409, message: 'a review of spring 2024/25 is already recorded' } },
    ]);
    renderConsole(<CommissionedReviewForm academyId={ACADEMY} />, { api });
    await user.clear(screen.getByLabelText(/Academic year/));
    await user.type(screen.getByLabelText(/Academic year/), '2024/25');
    await user.type(screen.getByLabelText(/Completed on/), '2025-03-17');
    await user.type(screen.getByLabelText(/Summary/), 'Review');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    await waitFor(() => expect(screen.getByLabelText(/Term/)).toHaveAccessibleDescription(/term must be one of: autumn, spring, summer/));
    await user.type(screen.getByLabelText(/Summary/), ' held');
    await user.click(screen.getByRole('button', { name: 'Record the review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('a review of spring 2024/25 is already recorded');
  });
});
