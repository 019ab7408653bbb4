import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { RiskAssessmentForm } from './RiskAssessmentForm';

// Typing through user-event takes seconds on a busy machine.
describe('recording a risk assessment', { timeout: 15_000 }, () => {
  it('keeps a register of risks, each with a title and an owner if any, and sends it with one key however often', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = fakeLedger(DIRECTOR, [{ status: 503, body: { statusCode: 503, message: 'Unavailable' } }, { status: 201, body: ANSWER }]);
    renderConsole(<RiskAssessmentForm academyId={ACADEMY} />, { api });
    expect(screen.getByText('No risks listed: the register may be empty.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Day of the assessment/), '2025-09-05');
    await user.selectOptions(screen.getByLabelText(/Risk of school improvement failure/), 'high');
    await user.click(screen.getByRole('button', { name: 'Add a risk' }));
    await user.click(screen.getByRole('button', { name: 'Add a risk' }));
    await user.click(screen.getByRole('button', { name: 'Add a risk' }));
    await user.click(screen.getByRole('button', { name: 'Record the risk assessment' }));
    expect(await screen.findAllByText('Write something here')).toHaveLength(3);
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText(/^Risk 1/), 'Leadership capacity');
    await user.type(screen.getByLabelText(/^Owner of risk 1/), 'Chair of governors');
    await user.type(screen.getByLabelText(/^Risk 2/), 'Temporary');
    await user.type(screen.getByLabelText(/^Risk 3/), 'Budget deficit');
    await user.click(screen.getByRole('button', { name: 'Remove risk 2' }));
    expect(screen.getByLabelText(/^Risk 2/)).toHaveValue('Budget deficit');
    await user.click(screen.getByRole('button', { name: 'Record the risk assessment' }));
    await screen.findByText('Unavailable');
    await user.click(screen.getByRole('button', { name: 'Record the risk assessment' }));
    expect(await screen.findByText('The risk assessment of 5 September 2025 recorded: high risk, 2 risks in the register.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      path: `/academies/${ACADEMY}/risk-assessments`,
      body: { assessedOn: '2025-09-05', level: 'high', risks: [{ title: 'Leadership capacity', owner: 'Chair of governors' }, { title: 'Budget deficit' }] },
    });
    expect(sent[1]).toEqual(sent[0]);
  });

  it('shows the API\'s message beside the day, and a refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeLedger(DIRECTOR, [
      { status: 400, body: { statusCode: 400, message: ['assessedOn: must be a day from 1990-09-01 to 2100-08-31'], fields: ['assessedOn'] } },
      { status: 409, body: { statusCode: 409, message: 'a risk assessment of 2025-09-05 is already recorded' } },
    ]);
    renderConsole(<RiskAssessmentForm academyId={ACADEMY} />, { api });
    await user.type(screen.getByLabelText(/Day of the assessment/), '2025-09-05');
    await user.click(screen.getByRole('button', { name: 'Record the risk assessment' }));
    await waitFor(() => expect(screen.getByLabelText(/Day of the assessment/)).toHaveAccessibleDescription(/assessedOn: must be a day from/));
    await user.selectOptions(screen.getByLabelText(/Risk of school improvement failure/), 'medium');
    await user.click(screen.getByRole('button', { name: 'Record the risk assessment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('a risk assessment of 2025-09-05 is already recorded');
  });
});
