import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandLog, recorded } from '../../../test/command-log';
import { meAnswer, renderConsole, type FakeAnswer, type FakeApi } from '../../../test/render';
import { ImprovementPlanSection } from './ImprovementPlanSection';

// uPlot draws on a canvas jsdom has not got: the chart is the KPI trends' own, tested in the browser journeys.
vi.mock('./plan/PriorityImpactChart', () => ({ default: ({ impact }: { impact: { kpi: string } }) => <div data-testid={`impact-chart-${impact.kpi}`} /> }));

const URN = '141023';
const PLAN_PATH = `/academies/${URN}/improvement-plans/2025-26`;
const ROUTE = `/academies/${URN}?year=2025/26`;

const ANN = { kind: 'staff', role: null, staffId: 'st-41', name: 'Ann Head' };
const LEADER = { kind: 'role', role: 'senior-leader', staffId: null, name: null };
const DEE = { userId: 'dee', name: 'Dee Director', role: 'improvement-director' };

const PLAN = {
  academyId: URN,
  academicYear: '2025/26',
  status: 'confirmed',
  draftedOn: '2025-09-01',
  confirmations: [{ confirmedOn: '2025-10-01', aimId: null }],
  closedOn: null,
  priorities: [
    {
      priorityId: 'p-writing',
      title: 'Raise attainment in Key Stage 2 writing',
      evidence: '58% of Year 6 met the expected standard in writing, against 72% nationally.',
      targets: [{ kpi: 'progress', successCriteria: '75% make at least expected progress in writing' }],
      owners: [LEADER, ANN],
      addedOn: '2025-09-02',
      addedAtAimId: null,
      amendments: [],
      ragHistory: [
        { rating: 'red', ratedOn: '2025-09-10', ratedBy: DEE, comment: 'A low start.', source: { kind: 'direct', aimId: null, visitId: null } },
        { rating: 'amber', ratedOn: '2025-11-05', ratedBy: null, comment: null, source: { kind: 'aim', aimId: 'aim-autumn', visitId: null } },
        { rating: 'green', ratedOn: '2026-01-20', ratedBy: null, comment: null, source: { kind: 'peer-visit', aimId: null, visitId: 'visit-7' } },
      ],
      currentRating: 'green',
      actions: [
        { actionId: 'a-1', description: 'Moderate Year 6 writing with the hub', owner: ANN, dueOn: '2026-02-13', status: 'in-progress', addedOn: '2025-09-03' },
      ],
      impact: [
        {
          kpi: 'progress',
          successCriteria: '75% make at least expected progress in writing',
          target: 70,
          terms: [
            { term: 'autumn', value: 64, rag: 'red', corrected: false },
            { term: 'spring', value: 69.5, rag: 'amber', corrected: true },
            { term: 'summer', value: null, rag: null, corrected: false },
          ],
        },
      ],
    },
  ],
  commitments: [
    {
      commitmentId: 'c-1',
      priorityId: 'p-writing',
      kind: 'sle-lead-practitioner',
      committedBy: DEE,
      committedOn: '2025-10-02',
      planned: { coreDays: 1, developmentDays: 4, reviews: 0 },
      delivered: { coreDays: 1, developmentDays: 1.5, reviews: 0 },
      undelivered: { coreDays: 0, developmentDays: 2.5, reviews: 0 },
      deliveredInFull: false,
      deliveries: [
        { kind: 'core-days', amount: 1, deliveredOn: '2025-11-12', rechargeId: null },
        { kind: 'development-days', amount: 1.5, deliveredOn: '2025-12-03', rechargeId: 'r-9' },
      ],
    },
  ],
  position: '120',
};

const READER = ['improvement-plans.read'];
const DIRECTOR = ['improvement-plans.read', 'improvement-plans.draft', 'improvement-plans.amend', 'improvement-plans.rate', 'improvement-plans.confirm', 'improvement-plans.close', 'improvement-plans.commit-support'];

function render({ permissions, plan = PLAN, route = ROUTE, answers = [recorded('2025-26', '130')] }: { permissions: string[]; plan?: object | null; route?: string; answers?: FakeAnswer[] }) {
  const planReads: URLSearchParams[] = [];
  const reads: FakeApi = ({ path, query }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['improvement-director']);
    if (path === PLAN_PATH) {
      planReads.push(query);
      return plan === null ? { status: 404, body: { statusCode: 404, message: `academy ${URN} has no improvement plan for 2025/26` } } : { body: plan };
    }
    if (path === `/academies/${URN}/aims`) return { body: [] };
    return undefined;
  };
  const log = commandLog(reads, answers);
  return { ...renderConsole(<ImprovementPlanSection academyId={URN} />, { route, api: log.api }), sent: log.sent, planReads };
}

const priority = (): HTMLElement => screen.getByRole('article', { name: /Raise attainment in Key Stage 2 writing/ });

describe('the improvement plan on the academy page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T16:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("shows the plan's status, each priority with its evidence, owners, targets, RAG history, impact and actions, and the support planned against delivered", async () => {
    render({ permissions: READER });
    await screen.findByRole('heading', { level: 3, name: 'Raise attainment in Key Stage 2 writing' });
    expect(screen.getByText('Confirmed').closest('[data-plan-status]')).toHaveAttribute('data-plan-status', 'confirmed');
    expect(screen.getByText(/The 2025\/26 plan: drafted on 1 September 2025; confirmed on 1 October 2025 through governance\./)).toBeInTheDocument();

    const article = priority();
    expect(article).toHaveTextContent('58% of Year 6 met the expected standard in writing, against 72% nationally.');
    expect(article).toHaveTextContent('Owners: Senior leader; Ann Head (st-41)');
    expect(article).toHaveTextContent('Progress: 75% make at least expected progress in writing');

    const history = within(article).getByRole('table', { name: 'RAG history of Raise attainment in Key Stage 2 writing' });
    const rows = within(history).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      '10 September 2025RedDee Director (improvement director)On the planA low start.',
      '5 November 2025AmberThe meetingAIM on 5 November 2025—',
      '20 January 2026GreenThe host headteacherPeer review visit—',
    ]);

    const impact = within(article).getByRole('table', { name: 'Progress term by term against its target' });
    expect(within(impact).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual(['Autumn6470Red', 'Spring69.5 (corrected)70Amber', 'Summer—70—']);
    expect(await within(article).findByTestId('impact-chart-progress')).toBeInTheDocument();
    expect(within(article).getByText('Progress: target 70')).toBeInTheDocument();

    const actions = within(article).getByRole('table', { name: 'Actions toward Raise attainment in Key Stage 2 writing' });
    expect(within(actions).getAllByRole('row')[1]).toHaveTextContent('Moderate Year 6 writing with the hubAnn Head (st-41)13 February 2026In progress');

    const support = screen.getByRole('table', { name: 'Support committed: planned and delivered' });
    expect(within(support).getAllByRole('row')[1]).toHaveTextContent(
      'SLE / Lead Practitioner supportRaise attainment in Key Stage 2 writing2 October 2025 by Dee Director (improvement director)1 core day, 4 development days1 core day, 1.5 development days (latest on 3 December 2025)2.5 development days',
    );
    // A reader has no form.
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rate this priority' })).not.toBeInTheDocument();
  });

  it('says plainly when the academy has no plan for the year, and lets the director draft it, read back at its position', async () => {
    const { sent, planReads } = render({ permissions: DIRECTOR, plan: null });
    expect(await screen.findByText('This academy has no improvement plan for 2025/26.')).toBeInTheDocument();
    const draft = screen.getByRole('form', { name: 'Draft the plan for 2025/26' });
    fireEvent.click(within(draft).getByRole('button', { name: 'Draft the plan' }));
    expect(await within(draft).findByText('Plan for 2025/26 drafted.')).toBeInTheDocument();
    expect(sent).toEqual([{ method: 'POST', path: `/academies/${URN}/improvement-plans`, body: { academicYear: '2025/26' }, key: expect.any(String) as string }]);
    await waitFor(() => expect(planReads.some((query) => query.get('minPosition') === '130')).toBe(true));
  });

  it('reads the plan as recorded on and as at the page, and offers no form in a past view', async () => {
    const { planReads } = render({ permissions: DIRECTOR, route: `${ROUTE}&asOf=2026-01-20T12:00:00Z&on=2025-12-31` });
    await screen.findByRole('heading', { level: 3, name: 'Raise attainment in Key Stage 2 writing' });
    expect(planReads[0]?.get('asOf')).toBe('2026-01-20T12:00:00Z');
    expect(planReads[0]?.get('on')).toBe('2025-12-31');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rate this priority' })).not.toBeInTheDocument();
    expect(screen.getByText("The plan's forms are for the present: choose Now to record.")).toBeInTheDocument();
  });

  it('says a past view had no plan, without offering to draft one', async () => {
    render({ permissions: DIRECTOR, plan: null, route: `${ROUTE}&on=2025-08-01` });
    expect(await screen.findByText('No improvement plan for 2025/26 in this view: none had been drafted.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it("offers the director the plan's forms, and a priority's forms one at a time", async () => {
    render({ permissions: DIRECTOR });
    await screen.findByRole('heading', { level: 3, name: 'Raise attainment in Key Stage 2 writing' });
    expect(screen.getAllByRole('form').map((form) => within(form).getAllByRole('heading')[0]?.textContent)).toEqual([
      'Add a priority',
      'Commit support',
      'Confirm the plan again',
      'Close the year',
    ]);
    const article = priority();
    fireEvent.click(within(article).getByRole('button', { name: 'Rate this priority' }));
    expect(within(article).getByRole('form', { name: 'Rate this priority' })).toBeInTheDocument();
    fireEvent.click(within(article).getByRole('button', { name: 'Add an action' }));
    expect(within(article).queryByRole('form', { name: 'Rate this priority' })).not.toBeInTheDocument();
    expect(within(article).getByRole('form', { name: 'Add an action' })).toBeInTheDocument();
    expect(within(article).getByRole('button', { name: 'Add an action' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('a headteacher may add, amend and rate but not confirm, commit support or close', async () => {
    render({ permissions: ['improvement-plans.read', 'improvement-plans.draft', 'improvement-plans.amend', 'improvement-plans.rate'] });
    await screen.findByRole('heading', { level: 3, name: 'Raise attainment in Key Stage 2 writing' });
    expect(screen.getAllByRole('form').map((form) => within(form).getAllByRole('heading')[0]?.textContent)).toEqual(['Add a priority']);
    expect(within(priority()).getAllByRole('button').map((button) => button.textContent)).toEqual(['Rate this priority', 'Add an action', "Set an action's status", 'Amend this priority']);
  });

  it('records nothing more on a closed plan, and says so', async () => {
    render({ permissions: DIRECTOR, plan: { ...PLAN, status: 'closed', closedOn: '2026-07-31' } });
    expect(await screen.findByText('The year is closed: nothing more is recorded on this plan.')).toBeInTheDocument();
    expect(screen.getByText(/its year closed on 31 July 2026\./)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(within(priority()).queryByRole('button')).not.toBeInTheDocument();
  });
});
