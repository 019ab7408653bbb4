import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../test/command-log';
import { renderConsole, type FakeAnswer, type FakeApi } from '../../../test/render';
import PeerReviewsPage from './PeerReviewsPage';

const OAK = '810001';
const ASH = '810002';
const ELM = '810003';
const academies = [
  { academyId: OAK, name: 'Oak Primary', hub: 'North', phase: 'primary', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
  { academyId: ASH, name: 'Ash Academy', hub: 'North', phase: 'primary', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
  { academyId: ELM, name: 'Elm School', hub: 'North', phase: 'primary', tier: 1, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
];
const members = [
  { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: OAK, academyName: 'Oak Primary' },
  { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: ASH, academyName: 'Ash Academy' },
  { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: ELM, academyName: 'Elm School' },
];
const diaryVisit = {
  visitId: 'v1',
  hostAcademyId: OAK,
  hostHeadteacherId: 'ht-oak',
  leadHeadteacherId: 'ht-ash',
  reviewerIds: ['ht-elm'],
  facilitatorUserId: 'dee',
  visitDate: '2025-03-26',
  visitNumber: 1,
  focusDueOn: '2025-03-19',
  reportDueOn: '2025-04-02',
  focusSet: false,
  recorded: false,
  reportSubmitted: false,
  reportOverdue: false,
};
const group = { groupId: 'g1', name: 'North hub peer review', academicYear: '2024/25', members, leadHeadteacherId: 'ht-ash', visits: [diaryVisit], position: '40' };
const visit = {
  ...diaryVisit,
  groupId: 'g1',
  academicYear: '2024/25',
  scheduledOn: '2025-03-01',
  focus: null,
  observations: [],
  findings: null,
  safeguardingConcerns: [],
  report: null,
  reportOverdueOn: null,
  position: '41',
};
const held = { ...visit, findings: { recordedBy: { personId: 'ht-ash', role: 'lead' }, feedback: 'Strong start.', actionsForNextAim: ['Audit reading books'], recordedOn: '2025-03-27' } };

const DIRECTOR = ['academies.list', 'peer-reviews.read-group', 'peer-reviews.read-visit', 'peer-reviews.form', 'peer-reviews.schedule', 'peer-reviews.observe', 'peer-reviews.record'];
const HEADTEACHER = ['academies.list', 'peer-reviews.read-group', 'peer-reviews.read-visit', 'peer-reviews.set-focus', 'peer-reviews.observe', 'peer-reviews.record', 'peer-reviews.report'];
const GOVERNOR = ['academies.list', 'peer-reviews.read-group', 'peer-reviews.read-visit'];

function render({
  userId,
  role,
  permissions,
  route = '/peer-reviews',
  answers = [recorded('x', '50')],
  theVisit = visit,
  hostPlan,
}: {
  userId: string;
  role: string;
  permissions: string[];
  route?: string;
  answers?: FakeAnswer[];
  theVisit?: object;
  /** The host's improvement plan for the visit's year (none when left out). */
  hostPlan?: object;
}) {
  const reads: FakeApi = ({ path }) => {
    if (path === `/academies/${OAK}/improvement-plans/2024-25` && hostPlan !== undefined) return { body: hostPlan };
    if (path === '/auth/me') return { body: { userId, name: userId, roles: [role], academies: [], permissions } };
    if (path === '/academies') return { body: academies };
    if (path === '/peer-reviews') return { body: [group] };
    if (path === '/peer-reviews/g1/visits/v1') return { body: theVisit };
    return undefined;
  };
  const log = commandLog(reads, answers);
  return { ...renderConsole(<PeerReviewsPage />, { route, api: log.api }), sent: log.sent };
}

const formNamed = (name: string): HTMLElement => screen.getByRole('form', { name });
const change = (scope: HTMLElement, label: RegExp, value: string): void => {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
};
const VISIT_ROUTE = '/peer-reviews?group=g1&visit=v1';
const visitHeading = { level: 3, name: 'Visit to Oak Primary on 26 March 2025' } as const;

describe('peer reviews', () => {
  it('lists the groups by academy name, opens a diary, and offers the improvement director to form groups and enter visits', async () => {
    render({ userId: 'dee', role: 'improvement-director', permissions: DIRECTOR });
    const groups = await screen.findByRole('table', { name: 'Peer review groups' });
    await waitFor(() => expect(within(groups).getByText('North hub peer review').closest('tr')).toHaveTextContent('Oak Primary, Ash Academy, Elm School'));
    expect(screen.getByRole('heading', { name: 'Form a group' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Open the diary of North hub peer review' }));
    const diary = await screen.findByRole('table', { name: 'Diary of visits' });
    expect(within(diary).getByText('26 March 2025').closest('tr')).toHaveTextContent('Bob Ash');
    expect(screen.getByRole('heading', { name: 'Schedule a visit' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/peer-reviews?group=g1');
  });

  it('offers a governor, a reader of the visit, no form', async () => {
    render({ userId: 'chair-oak', role: 'governor', permissions: GOVERNOR, route: VISIT_ROUTE });
    await screen.findByRole('heading', visitHeading);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('offers the host headteacher the focus alone, and sends one or two aspects RAG rated', async () => {
    const { sent } = render({ userId: 'ht-oak', role: 'headteacher', permissions: HEADTEACHER, route: VISIT_ROUTE, answers: [recorded('v1', '51', ['VisitFocusSet'])] });
    await screen.findByRole('heading', visitHeading);
    expect(screen.getAllByRole('form')).toEqual([formNamed('Set the focus')]);
    const focus = formNamed('Set the focus');
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText('Write an aspect of the improvement plan')).toBeInTheDocument();
    change(focus, /^Aspect 1( \*)?$/, 'Phonics in Year 1');
    change(focus, /^Aspect 1: RAG rating/, 'amber');
    change(focus, /^Aspect 2( \*)?$/, 'Phonics in Year 1');
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText('The same aspect twice')).toBeInTheDocument();
    change(focus, /^Aspect 2( \*)?$/, 'Reading for pleasure');
    change(focus, /^Aspect 2: RAG rating/, 'green');
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText('Focus set: Phonics in Year 1 (amber); Reading for pleasure (green).')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: '/peer-reviews/g1/visits/v1/focus', body: { aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }, { aspect: 'Reading for pleasure', rag: 'green' }] } });
  });

  it("offers the host the priorities of its improvement plan for the visit's year, and sends each one's id and title", async () => {
    const hostPlan = {
      priorities: [
        { priorityId: 'p-phonics', title: 'Phonics in Year 1' },
        { priorityId: 'p-reading', title: 'Reading for pleasure' },
      ],
    };
    const { sent } = render({
      userId: 'ht-oak',
      role: 'headteacher',
      permissions: [...HEADTEACHER, 'improvement-plans.read'],
      route: VISIT_ROUTE,
      answers: [recorded('v1', '51', ['VisitFocusSet'])],
      hostPlan,
    });
    await screen.findByRole('heading', visitHeading);
    const focus = await screen.findByRole('form', { name: 'Set the focus' });
    expect(within(focus).getByText("The priorities of the academy's improvement plan for 2024/25: your rating of each is added to its RAG history.")).toBeInTheDocument();
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText("Choose one of the plan's priorities")).toBeInTheDocument();
    change(focus, /^Aspect 1( \*)?$/, 'p-reading');
    change(focus, /^Aspect 1: RAG rating/, 'amber');
    change(focus, /^Aspect 2( \*)?$/, 'p-reading');
    change(focus, /^Aspect 2: RAG rating/, 'green');
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText('The same aspect twice')).toBeInTheDocument();
    change(focus, /^Aspect 2( \*)?$/, 'p-phonics');
    fireEvent.click(within(focus).getByRole('button', { name: 'Set the focus' }));
    expect(await within(focus).findByText('Focus set: Reading for pleasure (amber); Phonics in Year 1 (green).')).toBeInTheDocument();
    expect(sent[0]!.body).toEqual({
      aspects: [
        { planPriorityId: 'p-reading', aspect: 'Reading for pleasure', rag: 'amber' },
        { planPriorityId: 'p-phonics', aspect: 'Phonics in Year 1', rag: 'green' },
      ],
    });
  });

  it('lets a visiting headteacher record observations and flag a concern, once on a retry', async () => {
    const { sent } = render({
      userId: 'ht-elm',
      role: 'headteacher',
      permissions: HEADTEACHER,
      route: VISIT_ROUTE,
      answers: [{ status: 503, body: { statusCode: 503, message: 'Try again' } }, recorded('v1', '52', ['VisitObservationsRecorded', 'SafeguardingConcernFlagged'])],
    });
    await screen.findByRole('heading', visitHeading);
    expect(screen.queryByRole('form', { name: 'Record the visit held' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Set the focus' })).not.toBeInTheDocument();
    const observations = formNamed('Record your observations');
    fireEvent.click(within(observations).getByRole('button', { name: 'Record the observations' }));
    expect(await within(observations).findByText('Record at least one observation or safeguarding concern')).toBeInTheDocument();
    change(observations, /^Observations/, 'Phonics groups well matched\n\n  Reading corner well used ');
    change(observations, /^Safeguarding concerns/, 'Side gate left unlocked');
    fireEvent.click(within(observations).getByRole('button', { name: 'Record the observations' }));
    expect(await within(observations).findByText('Try again')).toBeInTheDocument();
    fireEvent.click(within(observations).getByRole('button', { name: 'Record the observations' }));
    expect(await within(observations).findByText('2 observations recorded; 1 safeguarding concern flagged to the chief executive.')).toBeInTheDocument();
    expect(sent[0]!.body).toEqual({ observations: ['Phonics groups well matched', 'Reading corner well used'], safeguardingConcerns: ['Side gate left unlocked'] });
    expect(sent[1]!.key).toBe(sent[0]!.key);
  });

  it("lets the lead record the visit held (the ledger's refusal shown), then submit the report", async () => {
    const lead = render({ userId: 'ht-ash', role: 'headteacher', permissions: HEADTEACHER, route: VISIT_ROUTE, answers: [refused('visit v1 is on 2025-03-26; it is recorded once it has taken place')] });
    await screen.findByRole('heading', visitHeading);
    expect(screen.queryByRole('form', { name: 'Submit the report' })).not.toBeInTheDocument();
    const heldForm = formNamed('Record the visit held');
    change(heldForm, /^Feedback to the host headteacher/, 'Strong start.');
    change(heldForm, /^Actions for the next AIM/, 'Audit reading books');
    fireEvent.click(within(heldForm).getByRole('button', { name: 'Record the visit held' }));
    expect(await within(heldForm).findByRole('alert')).toHaveTextContent('visit v1 is on 2025-03-26; it is recorded once it has taken place');
    expect(lead.sent[0]!.body).toEqual({ feedback: 'Strong start.', actionsForNextAim: ['Audit reading books'] });
    lead.unmount();

    const reporting = render({ userId: 'ht-ash', role: 'headteacher', permissions: HEADTEACHER, route: VISIT_ROUTE, theVisit: held, answers: [badRequest('summary', 'summary must be a string'), recorded('v1', '53', ['PeerReviewReportSubmitted'])] });
    await screen.findByText('Strong start.');
    expect(screen.queryByRole('form', { name: 'Record the visit held' })).not.toBeInTheDocument();
    const report = formNamed('Submit the report');
    expect(within(report).queryByLabelText(/^Day it was sent/)).not.toBeInTheDocument();
    change(report, /^Summary report/, 'Phonics is well led.');
    fireEvent.click(within(report).getByRole('button', { name: 'Submit the report' }));
    await waitFor(() => expect(within(report).getByLabelText(/^Summary report/)).toHaveAttribute('aria-invalid', 'true'));
    change(report, /^Summary report/, 'Phonics is well led; reading books need aligning.');
    fireEvent.click(within(report).getByRole('button', { name: 'Submit the report' }));
    expect(await within(report).findByText('Report submitted.')).toBeInTheDocument();
    expect(reporting.sent[1]).toMatchObject({ path: '/peer-reviews/g1/visits/v1/report', body: { summary: 'Phonics is well led; reading books need aligning.' } });
  });

  it('forms a group of academies chosen by name, each headteacher by their user id, the lead among them', async () => {
    const { sent } = render({ userId: 'dee', role: 'improvement-director', permissions: DIRECTOR, answers: [refused('academy 810003 has left the trust'), recorded('g2', '60', ['PeerReviewGroupFormed'])] });
    const form = await screen.findByRole('form', { name: 'Form a group' });
    await within(form).findAllByText('Oak Primary (URN 810001)');
    fireEvent.click(within(form).getByRole('button', { name: 'Form the group' }));
    expect(await within(form).findByText("Write the group's name")).toBeInTheDocument();
    expect(within(form).getAllByText('Choose the academy')).toHaveLength(2);
    expect(within(form).getByText('Choose the lead headteacher among the members')).toBeInTheDocument();
    change(form, /^Name of the group/, 'Coastal peer review');
    change(form, /^Academic year/, '2024/25');
    change(form, /^Member 1: academy/, OAK);
    change(form, /^Member 1: headteacher( \*)?$/, 'Ann Oak');
    change(form, /^Member 1: headteacher's user id/, 'ht-oak');
    change(form, /^Member 2: academy/, OAK);
    change(form, /^Member 2: headteacher( \*)?$/, 'Cat Elm');
    change(form, /^Member 2: headteacher's user id/, 'ht-elm');
    change(form, /^Lead headteacher/, 'ht-elm');
    fireEvent.click(within(form).getByRole('button', { name: 'Form the group' }));
    expect(await within(form).findByText('This academy is listed already')).toBeInTheDocument();
    change(form, /^Member 2: academy/, ELM);
    fireEvent.click(within(form).getByRole('button', { name: 'Form the group' }));
    expect(await within(form).findByText('academy 810003 has left the trust')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Form the group' }));
    expect(await within(form).findByText('Coastal peer review is formed for 2024/25, with 2 academies.')).toBeInTheDocument();
    expect(sent[0]!.body).toEqual({
      name: 'Coastal peer review',
      academicYear: '2024/25',
      members: [
        { academyId: OAK, name: 'Ann Oak', headteacherId: 'ht-oak' },
        { academyId: ELM, name: 'Cat Elm', headteacherId: 'ht-elm' },
      ],
      leadHeadteacherId: 'ht-elm',
    });
    expect(sent[1]!.key).toBe(sent[0]!.key);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/peer-reviews?group=g2'));
  });

  it('enters a visit in the diary: the host by name, visitors other than its headteacher, the director facilitating', async () => {
    const { sent } = render({ userId: 'dee', role: 'improvement-director', permissions: DIRECTOR, route: '/peer-reviews?group=g1', answers: [recorded('v2', '61', ['ReviewVisitScheduled'])] });
    const form = await screen.findByRole('form', { name: 'Schedule a visit' });
    await waitFor(() => expect(within(form).getByLabelText(/^Facilitator's user id/)).toHaveValue('dee'));
    change(form, /^Academy visited/, ASH);
    change(form, /^Day of the visit/, '2025-05-10');
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule the visit' }));
    expect(await within(form).findByText('Choose a school day, Monday to Friday')).toBeInTheDocument();
    expect(within(form).getByText('Choose at least one visiting headteacher')).toBeInTheDocument();
    expect(within(form).getByText("Choose who leads this visit: the group's lead hosts it")).toBeInTheDocument();
    expect(within(form).queryByLabelText(/^Bob Ash/)).not.toBeInTheDocument();
    change(form, /^Day of the visit/, '2025-05-14');
    fireEvent.click(within(form).getByLabelText('Ann Oak, Oak Primary'));
    fireEvent.click(within(form).getByLabelText('Cat Elm, Elm School'));
    change(form, /^Lead headteacher of this visit/, 'ht-oak');
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule the visit' }));
    expect(await within(form).findByText('Visit to Ash Academy on 14 May 2025 is in the diary.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: '/peer-reviews/g1/visits', body: { hostAcademyId: ASH, visitDate: '2025-05-14', reviewerIds: ['ht-oak', 'ht-elm'], leadHeadteacherId: 'ht-oak', facilitatorUserId: 'dee' } });
  });
});
