import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole, type FakeAnswer } from '../../../../test/render';
import { ACADEMY, ANSWER, DIRECTOR, fakeLedger } from './fake-ledger.test-support';
import { TierDecisionForm } from './TierDecisionForm';

const EVIDENCE = { inspection: null, outcomes: [], annualReview: null, riskAssessment: null };

function recommendation(query: URLSearchParams): FakeAnswer {
  const academicYear = query.get('academicYear');
  if (academicYear === '2021/22') {
    return { body: { academyId: ACADEMY, academicYear, recommendedTier: null, reasons: [], missing: ['an annual review of 2020/21', 'a risk assessment'], evidence: EVIDENCE, position: '7' } };
  }
  return {
    body: {
      academyId: ACADEMY,
      academicYear,
      recommendedTier: 2,
      reasons: ['Outcomes of 2023/24 were negative (a Tier 2 descriptor).', 'The risk assessment of 5 September 2024 is medium.'],
      missing: [],
      evidence: EVIDENCE,
      position: '42',
    },
  };
}

const HISTORY = [
  {
    decisionId: 'd-1',
    academyId: ACADEMY,
    academicYear: '2024/25',
    tier: 2,
    recommendedTier: 2,
    override: false,
    rationale: null,
    reasons: [],
    missing: [],
    evidence: EVIDENCE,
    decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
    decidedOn: '2024-09-12',
    decidedAt: '2024-09-12T10:00:00Z',
    recordedAt: '2024-09-12T10:00:00Z',
    position: '40',
    supersededBy: null,
    supersedes: null,
  },
];

function ledger(answers: FakeAnswer[]) {
  return fakeLedger(DIRECTOR, answers, { [`/academies/${ACADEMY}/tier-recommendation`]: recommendation, [`/academies/${ACADEMY}/tier-history`]: { body: HISTORY } });
}

async function choose(user: ReturnType<typeof userEvent.setup>, { year, decidedOn, tier, rationale }: { year?: string; decidedOn?: string; tier?: string; rationale?: string }) {
  const form = screen.getByRole('form', { name: 'Decide a tier' });
  if (year !== undefined) {
    await user.clear(within(form).getByLabelText(/Academic year/));
    await user.type(within(form).getByLabelText(/Academic year/), year);
  }
  if (decidedOn !== undefined) await user.type(within(form).getByLabelText(/Decided on/), decidedOn);
  if (tier !== undefined) await user.click(await within(form).findByRole('radio', { name: new RegExp(`^${tier}`) }));
  if (rationale !== undefined) await user.type(within(form).getByLabelText(/Rationale/), rationale);
}

// Typing through user-event takes seconds on a busy machine.
describe('deciding a tier', { timeout: 15_000 }, () => {
  it('shows the recommendation and its reasons first, as on the day of the decision, and the decision a revision supersedes', async () => {
    const user = userEvent.setup({ delay: null });
    const rendered = renderConsole(<TierDecisionForm academyId={ACADEMY} />, { api: ledger([]).api });
    await choose(user, { year: '2024/25', decidedOn: '2025-06-30' });
    const panel = await screen.findByRole('region', { name: 'Recommendation' });
    expect(panel).toHaveTextContent('The tier criteria recommend Tier 2 for 2024/25, on the evidence in effect on 30 June 2025.');
    expect(within(panel).getByText('Outcomes of 2023/24 were negative (a Tier 2 descriptor).')).toBeInTheDocument();
    expect(rendered.requests).toContain(`GET /academies/${ACADEMY}/tier-recommendation?academicYear=2024%2F25&decidedOn=2025-06-30`);
    expect(screen.getByText(/2024\/25 already has a decision in force: Tier 2, decided on 12 September 2024 by Dee Director \(Improvement director\)/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tier 2 (recommended)' })).toBeInTheDocument();
  });

  it('requires a rationale when the tier differs from the recommendation, then sends it with one key however often it is sent', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = ledger([{ status: 409, body: { statusCode: 409, message: 'The record was changed by another request at the same time; retry the request' } }, { status: 201, body: { ...ANSWER, id: 'd-2', events: ['TierAssigned'] } }]);
    const rendered = renderConsole(<TierDecisionForm academyId={ACADEMY} />, { api });
    await choose(user, { year: '2024/25', decidedOn: '2025-06-30' });
    await screen.findByRole('region', { name: 'Recommendation' });
    await choose(user, { tier: 'Tier 1' });
    expect(screen.getByLabelText(/Rationale/)).toHaveAccessibleDescription(/Required: Tier 1 differs from the recommended Tier 2, so this decision is an override./);
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    expect(await screen.findByText('Write why Tier 1 differs from the recommended Tier 2')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await choose(user, { rationale: 'New headteacher' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Someone else changed this meanwhile');
    await user.click(within(conflict).getByRole('button', { name: 'Reload and retry' }));
    expect(await screen.findByText('Tier 1 decided for 2024/25 on 30 June 2025: an override of the recommended Tier 2, with its rationale. It supersedes the decision of 12 September 2024 (Tier 2).')).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[0]!.path).toBe(`/academies/${ACADEMY}/tier-decisions`);
    expect(sent[0]!.body).toEqual({ academicYear: '2024/25', tier: 1, rationale: 'New headteacher', decidedOn: '2025-06-30' });
    expect(sent[1]).toEqual(sent[0]);
    expect(rendered.requests).toContain(`GET /academies/${ACADEMY}/tier-history?minPosition=42`);
  });

  it('sends the recommended tier without a rationale, and decided today when no day is given', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = ledger([{ status: 201, body: ANSWER }]);
    renderConsole(<TierDecisionForm academyId={ACADEMY} />, { api });
    await choose(user, { year: '2024/25' });
    await screen.findByText(/on the evidence recorded now/);
    await choose(user, { tier: 'Tier 2' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    expect(await screen.findByText(/^Tier 2 decided for 2024\/25 today: as recommended\./)).toBeInTheDocument();
    expect(sent[0]!.body).toEqual({ academicYear: '2024/25', tier: 2 });
  });

  it('names the missing evidence and decides nothing while the criteria cannot recommend a tier', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = ledger([]);
    renderConsole(<TierDecisionForm academyId={ACADEMY} />, { api });
    await choose(user, { year: '2021/22' });
    expect(await screen.findByText('No tier can be decided for 2021/22 while evidence is missing: record it first.')).toBeInTheDocument();
    expect(screen.getByText('a risk assessment')).toBeInTheDocument();
    await choose(user, { tier: 'Tier 1' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    expect(await screen.findByText('No tier can be decided while evidence is missing: record the missing evidence first')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('refuses a day in the future, shows the API\'s message beside the field it names and its refusal in plain words', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, sent } = ledger([
      { status: 400, body: { statusCode: 400, message: ['decidedOn: must be a day from 1990-09-01 to 2100-08-31'], fields: ['decidedOn'] } },
      { status: 422, body: { statusCode: 422, message: 'a tier decision made on 2024-09-01 cannot revise decision d-1 of 2024/25, made later, on 2024-09-12' } },
    ]);
    renderConsole(<TierDecisionForm academyId={ACADEMY} />, { api });
    await choose(user, { year: '2024/25', decidedOn: '2099-01-01' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    expect(await screen.findByText('Must not be in the future')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.clear(screen.getByLabelText(/Decided on/));
    await choose(user, { decidedOn: '2024-09-01' });
    await screen.findByRole('region', { name: 'Recommendation' });
    await choose(user, { tier: 'Tier 2' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    await waitFor(() => expect(screen.getByLabelText(/Decided on/)).toHaveAccessibleDescription(/decidedOn: must be a day from 1990-09-01 to 2100-08-31/));
    await choose(user, { rationale: 'Confirmed at the committee' });
    await user.click(screen.getByRole('button', { name: 'Decide the tier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot revise decision d-1 of 2024/25, made later, on 2024-09-12');
  });
});
