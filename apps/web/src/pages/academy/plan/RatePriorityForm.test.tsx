import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { RatePriorityForm } from './RatePriorityForm';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['improvement-plans.rate'], ['headteacher']) : undefined);
const plan = { academyId: '141023', academicYear: '2025/26' };
const RATINGS = '/academies/141023/improvement-plans/2025-26/priorities/p-writing/ratings';

const form = (): HTMLElement => screen.getByRole('form', { name: 'Rate this priority' });
const change = (label: RegExp, value: string): void => {
  fireEvent.change(within(form()).getByLabelText(label), { target: { value } });
};
const send = (): void => {
  fireEvent.click(within(form()).getByRole('button', { name: 'Record the rating' }));
};

describe('rating a priority of the plan', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T16:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('starts on today, and says beside each field what is wrong without sending', async () => {
    const { api, sent } = commandLog(reads, [recorded('p-writing', '140')]);
    renderConsole(<RatePriorityForm plan={plan} priorityId="p-writing" onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Rate this priority' });
    expect(within(form()).getByLabelText(/^Rated on/)).toHaveValue('2026-03-12');
    change(/^Rated on/, '2026-03-13');
    send();
    expect(await within(form()).findByText('Rate it red, amber or green')).toBeInTheDocument();
    expect(within(form()).getByText('Must not be in the future')).toBeInTheDocument();
    change(/^Rated on/, '2025-08-29');
    send();
    expect(await within(form()).findByText('A day of 2025/26: from 1 September 2025 to 31 August 2026')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends the rating on the plan (source direct) with its day and comment, and says what was recorded', async () => {
    const onRecorded = vi.fn();
    const { api, sent } = commandLog(reads, [recorded('p-writing', '140', ['PlanPriorityRated'])]);
    renderConsole(<RatePriorityForm plan={plan} priorityId="p-writing" onRecorded={onRecorded} />, { api });
    await screen.findByRole('heading', { name: 'Rate this priority' });
    change(/^RAG rating/, 'amber');
    change(/^Rated on/, '2026-03-10');
    change(/^Comment/, '  Writing moderated with the hub; still below national.  ');
    send();
    expect(await within(form()).findByText('Rated amber on 10 March 2026.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        method: 'POST',
        path: RATINGS,
        body: { rating: 'amber', ratedOn: '2026-03-10', source: 'direct', comment: 'Writing moderated with the hub; still below national.' },
        key: expect.any(String) as string,
      },
    ]);
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ position: '140' }));
  });

  it("shows the API's field message beside the field and its refusal in plain words, and a retry of the same rating keeps its key", async () => {
    const { api, sent } = commandLog(reads, [badRequest('ratedOn', 'ratedOn must not be in the future'), refused("the plan's year 2025/26 is closed: nothing more is rated")]);
    renderConsole(<RatePriorityForm plan={plan} priorityId="p-writing" onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Rate this priority' });
    change(/^RAG rating/, 'green');
    send();
    await waitFor(() => expect(within(form()).getByLabelText(/^Rated on/)).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form()).getAllByText('ratedOn must not be in the future').length).toBeGreaterThan(0);
    send();
    expect(await within(form()).findByRole('alert')).toHaveTextContent("the plan's year 2025/26 is closed: nothing more is rated");
    expect(within(form()).getByRole('alert')).toHaveTextContent('The ledger refused this');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[1]!.body).toEqual({ rating: 'green', ratedOn: '2026-03-12', source: 'direct' });
  });
});
