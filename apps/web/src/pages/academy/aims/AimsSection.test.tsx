import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commandLog, recorded } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { AimsSection } from './AimsSection';

const documents = ['headteacher-report', 'sef', 'improvement-plan', 'lgb-minutes', 'previous-aim-report', 'pupil-premium-strategy'].map((type) => ({
  type,
  submitted: type === 'previous-aim-report',
  rag: type === 'previous-aim-report' ? 'green' : null,
  submittedOn: type === 'previous-aim-report' ? '2025-03-17' : null,
  overdue: false,
}));

const scheduled = {
  aimId: 'aim-2',
  academyId: '142567',
  academicYear: '2024/25',
  date: '2025-03-26',
  format: 'one-day',
  focus: 'Early reading',
  focusAgreed: false,
  documentsDueOn: '2025-03-19',
  status: 'scheduled',
  documents,
  overdueDocuments: [],
  overdueChecks: [],
  reschedules: [],
  outcome: null,
  report: null,
  position: '25',
};

const held = {
  ...scheduled,
  aimId: 'aim-1',
  date: '2024-11-04',
  status: 'held',
  focusAgreed: true,
  outcome: {
    heldOn: '2024-11-04',
    attendees: [{ name: 'Dee Director', role: 'improvement-director', chair: true }],
    judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Reading well taught.' }],
    priorities: [{ priority: 'Phonics in Year 1', rag: 'amber' }],
    nextSteps: ['Phonics training'],
  },
};

const DIRECTOR = ['aims.list', 'aims.read', 'aims.schedule', 'aims.agree-focus', 'aims.submit-document', 'aims.hold', 'aims.publish-report'];
const HEADTEACHER = ['aims.list', 'aims.read', 'aims.submit-document'];
const GOVERNOR = ['aims.list', 'aims.read'];

function readsAs(permissions: string[]): FakeApi {
  return ({ path }) => {
    if (path === '/auth/me') return meAnswer(permissions);
    if (path === '/academies/142567/aims') return { body: [held, scheduled] };
    if (path === '/aims/aim-2') return { body: scheduled };
    if (path === '/aims/aim-1') return { body: held };
    return undefined;
  };
}

const render = (permissions: string[], route = '/academies/142567') => {
  const log = commandLog(readsAs(permissions), [recorded('aim-2', '30', ['AimFocusAgreed'])]);
  return { ...renderConsole(<AimsSection academyId="142567" />, { route, api: log.api }), sent: log.sent };
};

const open = async (date: string): Promise<void> => {
  fireEvent.click(await screen.findByRole('button', { name: `Open the AIM on ${date}` }));
  await screen.findByRole('heading', { level: 3, name: `AIM on ${date}` });
};

describe("the academy's AIMs", () => {
  it("lists them, opens one by the URL with its documents and RAG, and offers a headteacher only the documents' form", async () => {
    render(HEADTEACHER);
    const table = await screen.findByRole('table', { name: 'Academy Improvement Meetings' });
    expect(within(table).getByText('26 March 2025').closest('tr')).toHaveTextContent('1 of 6 submitted');
    await open('26 March 2025');
    expect(screen.getByTestId('location')).toHaveTextContent('/academies/142567?aim=aim-2');
    const previousReport = within(screen.getByRole('table', { name: 'Documents' })).getByText('Previous AIM report').closest('tr')!;
    expect(previousReport).toHaveTextContent('17 March 2025');
    expect(previousReport).toHaveTextContent('Green');
    expect(screen.getByRole('heading', { name: 'Submit a document' })).toBeInTheDocument();
    for (const form of ['Schedule an AIM', 'Agree the focus', 'Record the AIM held', 'Publish the report']) expect(screen.queryByRole('heading', { name: form })).not.toBeInTheDocument();
  });

  it('offers a governor no form at all', async () => {
    render(GOVERNOR);
    await open('26 March 2025');
    expect(screen.queryByRole('button', { name: /Schedule|Submit|Record|Publish/ })).not.toBeInTheDocument();
  });

  it("offers the improvement director each step the AIM's status allows", async () => {
    render(DIRECTOR);
    expect(await screen.findByRole('heading', { name: 'Schedule an AIM' })).toBeInTheDocument();
    await open('26 March 2025');
    for (const form of ['Agree the focus', 'Submit a document', 'Record the AIM held']) expect(screen.getByRole('heading', { name: form })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Publish the report' })).not.toBeInTheDocument();
    await open('4 November 2024');
    expect(screen.getByRole('heading', { name: 'Held on 4 November 2024' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Publish the report' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Submit a document' })).not.toBeInTheDocument();
  });

  it('shows no form in a past view', async () => {
    render(DIRECTOR, '/academies/142567?aim=aim-2&asOf=2025-03-20T12:00:00Z');
    await screen.findByRole('heading', { level: 3, name: 'AIM on 26 March 2025' });
    expect(screen.getByText("The AIMs' forms are for the present: choose Now to record.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Schedule|Submit|Record|Publish/ })).not.toBeInTheDocument();
  });

  it('records the focus agreed and reads the AIM back at the position it was recorded at', async () => {
    const rendered = render(DIRECTOR, '/academies/142567?aim=aim-2');
    await screen.findByRole('heading', { name: 'Agree the focus' });
    expect(screen.getByLabelText(/^Focus agreed with the headteacher/)).toHaveValue('Early reading');
    fireEvent.change(screen.getByLabelText(/^Focus agreed with the headteacher/), { target: { value: 'Early reading in Key Stage 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the focus agreed' }));
    expect(await screen.findByText('Focus agreed: Early reading in Key Stage 1')).toBeInTheDocument();
    expect(rendered.sent[0]).toMatchObject({ path: '/aims/aim-2/focus', body: { focus: 'Early reading in Key Stage 1' } });
    await waitFor(() => expect(rendered.requests).toContain('GET /aims/aim-2?minPosition=30'));
    expect(rendered.requests).toContain('GET /academies/142567/aims?minPosition=30');
  });
});
