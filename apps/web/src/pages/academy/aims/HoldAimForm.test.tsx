import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { HoldAimForm } from './HoldAimForm';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['aims.hold'], ['improvement-director']) : undefined);
const aim = { aimId: 'aim-1', academyId: '141023', date: '2025-03-12', format: 'one-day' };

const type = (label: RegExp, value: string, scope: HTMLElement = document.body): void => {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
};
const send = (): void => {
  fireEvent.click(screen.getByRole('button', { name: 'Record the AIM held' }));
};

function fillMeeting(): void {
  type(/^Attendee 1: name/, 'Dee Director');
  type(/^Attendee 2: name/, 'Hana Head');
  type(/^Quality of education: judgement/, 'good');
  type(/^Quality of education: comment/, 'Reading is well taught.');
  type(/^Priority 1( \*)?$/, 'Phonics in Year 1');
  type(/^Priority 1: RAG rating/, 'amber');
  type(/^Next step 1/, 'Phonics training before half term');
}

describe('recording an AIM held', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-12T16:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('says beside each field what is missing, and sends nothing', async () => {
    const { api, sent } = commandLog(reads, [recorded('aim-1', '20')]);
    renderConsole(<HoldAimForm aim={aim} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Record the AIM held' });
    send();
    expect(await screen.findAllByText('Write their name')).toHaveLength(2);
    expect(screen.getByText('Judge at least one heading')).toBeInTheDocument();
    expect(screen.getByText('Write the priority')).toBeInTheDocument();
    expect(screen.getByText('Rate it red, amber or green')).toBeInTheDocument();
    expect(screen.getByText('Write the next step')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends attendees (a staff id only where one is given), the headings judged, priorities and next steps, and adds and removes rows', async () => {
    const onRecorded = vi.fn();
    const { api, sent } = commandLog(reads, [recorded('aim-1', '20', ['AimHeld'])]);
    renderConsole(<HoldAimForm aim={aim} onRecorded={onRecorded} />, { api });
    await screen.findByRole('heading', { name: 'Record the AIM held' });
    fillMeeting();
    fireEvent.click(screen.getByRole('button', { name: 'Add an attendee' }));
    type(/^Attendee 3: name/, 'Gail Governor');
    type(/^Attendee 3: role/, 'chair-of-governors');
    type(/^Attendee 2: staff id/, 'ht-hana');
    fireEvent.click(screen.getByRole('button', { name: 'Add a next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove next step 2' }));
    send();
    expect(await screen.findByText('AIM recorded as held on 12 March 2025, with 1 judgements and 1 priorities.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      path: '/aims/aim-1/held',
      body: {
        heldOn: '2025-03-12',
        attendees: [
          { name: 'Dee Director', role: 'improvement-director', chair: true },
          { name: 'Hana Head', role: 'headteacher', chair: false, staffId: 'ht-hana' },
          { name: 'Gail Governor', role: 'chair-of-governors', chair: false },
        ],
        judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Reading is well taught.' }],
        priorities: [{ priority: 'Phonics in Year 1', rag: 'amber' }],
        nextSteps: ['Phonics training before half term'],
      },
    });
    const body = sent[0]?.body as { attendees: Record<string, unknown>[] } | undefined;
    expect(body?.attendees.map((attendee) => 'staffId' in attendee)).toEqual([false, true, false]);
    expect(onRecorded).toHaveBeenCalledWith(expect.objectContaining({ position: '20' }));
  });

  it("shows the ledger's refusal of a meeting chaired by someone else, and keeps the key for the same body", async () => {
    const { api, sent } = commandLog(reads, [refused('an AIM is chaired by the improvement director, not by Hana Head (headteacher)'), badRequest('heldOn', 'heldOn: must not be in the future')]);
    renderConsole(<HoldAimForm aim={aim} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Record the AIM held' });
    fillMeeting();
    const [directorChairs, headChairs] = screen.getAllByLabelText('Chairs the meeting');
    fireEvent.click(directorChairs!);
    fireEvent.click(headChairs!);
    send();
    expect(await screen.findByRole('alert')).toHaveTextContent('an AIM is chaired by the improvement director, not by Hana Head (headteacher)');
    send();
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.key).toBe(sent[0]!.key);
    await waitFor(() => expect(screen.getByLabelText(/^Day of the meeting/)).toHaveAttribute('aria-invalid', 'true'));
  });

  it("chooses the priorities from the academy's improvement plan for the AIM's year, and sends each plan priority's id and title", async () => {
    const planReads: FakeApi = ({ path }) => {
      if (path === '/auth/me') return meAnswer(['aims.hold', 'improvement-plans.read'], ['improvement-director']);
      if (path === '/academies/141023/improvement-plans/2024-25') {
        return {
          body: {
            priorities: [
              { priorityId: 'p-phonics', title: 'Phonics in Year 1' },
              { priorityId: 'p-writing', title: 'Writing in Key Stage 2' },
            ],
          },
        };
      }
      return undefined;
    };
    const { api, sent } = commandLog(planReads, [recorded('aim-1', '21', ['AimHeld'])]);
    renderConsole(<HoldAimForm aim={aim} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Record the AIM held' });
    expect(screen.getByText("The priorities of the academy's improvement plan for 2024/25: rating one here adds to its RAG history.")).toBeInTheDocument();
    const first = screen.getByRole('combobox', { name: /^Priority 1( \*)?$/ });
    expect([...first.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Choose a priority of the plan', 'Phonics in Year 1', 'Writing in Key Stage 2']);
    type(/^Attendee 1: name/, 'Dee Director');
    type(/^Attendee 2: name/, 'Hana Head');
    type(/^Quality of education: judgement/, 'good');
    type(/^Quality of education: comment/, 'Reading is well taught.');
    type(/^Next step 1/, 'Phonics training before half term');
    send();
    expect(await screen.findByText("Choose one of the plan's priorities")).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add a priority' }));
    type(/^Priority 1( \*)?$/, 'p-writing');
    type(/^Priority 1: RAG rating/, 'amber');
    type(/^Priority 2( \*)?$/, 'p-writing');
    type(/^Priority 2: RAG rating/, 'green');
    send();
    expect(await screen.findByText('Chosen already as priority 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a priority' })).toBeDisabled();
    type(/^Priority 2( \*)?$/, 'p-phonics');
    send();
    expect(await screen.findByText('AIM recorded as held on 12 March 2025, with 1 judgements and 2 priorities.')).toBeInTheDocument();
    expect((sent[0]?.body as { priorities: unknown }).priorities).toEqual([
      { planPriorityId: 'p-writing', priority: 'Writing in Key Stage 2', rag: 'amber' },
      { planPriorityId: 'p-phonics', priority: 'Phonics in Year 1', rag: 'green' },
    ]);
  }, 15_000);

  it("keeps the priorities in words when the academy has no plan for the AIM's year", async () => {
    const noPlan: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['aims.hold', 'improvement-plans.read'], ['improvement-director']) : undefined);
    const { api, sent } = commandLog(noPlan, [recorded('aim-1', '22', ['AimHeld'])]);
    const { requests } = renderConsole(<HoldAimForm aim={aim} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Record the AIM held' });
    expect(requests).toContain('GET /academies/141023/improvement-plans/2024-25');
    fillMeeting();
    send();
    await screen.findByText('AIM recorded as held on 12 March 2025, with 1 judgements and 1 priorities.');
    expect((sent[0]?.body as { priorities: unknown }).priorities).toEqual([{ priority: 'Phonics in Year 1', rag: 'amber' }]);
  });
});
