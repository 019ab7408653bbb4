import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, commandLog, recorded, refused } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { ActionStatusForm } from './ActionStatusForm';
import { AddActionForm } from './AddActionForm';
import { AmendPriorityForm } from './AmendPriorityForm';
import { ClosePlanYearForm } from './ClosePlanYearForm';
import { CommitSupportForm } from './CommitSupportForm';
import { ConfirmPlanForm } from './ConfirmPlanForm';
import { DraftPlanForm } from './DraftPlanForm';
import { change, named, plan, PLAN_PATH, writingPriority } from './test-support/plan-form-fixtures';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['improvement-plans.amend', 'improvement-plans.confirm', 'improvement-plans.close'], ['improvement-director']) : undefined);
const KEY = expect.any(String) as string;

const click = (scope: HTMLElement, name: string): void => {
  fireEvent.click(within(scope).getByRole('button', { name }));
};

const priority = writingPriority();

describe('the day a change to the plan was made, for a plan entered after the fact', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T16:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('drafts on the day given, refuses a day to come without sending, and sends no day when left empty', async () => {
    const { api, sent } = commandLog(reads, [recorded('2025-26', '160', ['ImprovementPlanDrafted'])]);
    renderConsole(
      <>
        <DraftPlanForm academyId="141023" academicYear="2025/26" onRecorded={vi.fn()} />
        <DraftPlanForm academyId="141023" academicYear="2026/27" onRecorded={vi.fn()} />
      </>,
      { api },
    );
    await screen.findByRole('heading', { name: 'Draft the plan for 2025/26' });
    const past = named('Draft the plan for 2025/26');
    expect(within(past).getByText('For a plan entered after the fact; leave empty for today.')).toBeInTheDocument();
    change(past, /^Drafted on/, '2026-03-13');
    click(past, 'Draft the plan');
    expect(await within(past).findByText('Must not be in the future')).toBeInTheDocument();
    expect(sent).toEqual([]);
    change(past, /^Drafted on/, '2025-07-14');
    click(past, 'Draft the plan');
    expect(await within(past).findByText('Plan for 2025/26 drafted.')).toBeInTheDocument();

    const next = named('Draft the plan for 2026/27');
    click(next, 'Draft the plan');
    expect(await within(next).findByText('Plan for 2026/27 drafted.')).toBeInTheDocument();
    expect(sent).toEqual([
      { method: 'POST', path: '/academies/141023/improvement-plans', body: { academicYear: '2025/26', draftedOn: '2025-07-14' }, key: KEY },
      { method: 'POST', path: '/academies/141023/improvement-plans', body: { academicYear: '2026/27' }, key: KEY },
    ]);
  });

  it("adds an action on the day given, and sets an action's status on another", async () => {
    const { api, sent } = commandLog(reads, [recorded('a-2', '161', ['PlanActionAdded']), recorded('a-1', '162', ['PlanActionAmended'])]);
    renderConsole(
      <>
        <AddActionForm plan={plan} priorityId="p-writing" onRecorded={vi.fn()} />
        <ActionStatusForm plan={plan} priorityId="p-writing" actions={priority.actions} onRecorded={vi.fn()} />
      </>,
      { api },
    );
    await screen.findByRole('heading', { name: 'Add an action' });
    const add = named('Add an action');
    change(add, /^Action/, 'Moderate Year 6 writing with the hub');
    change(add, /^Owner( \*)?$/, 'subject-leader');
    change(add, /^Due on/, '2025-12-12');
    change(add, /^Added on/, '2025-09-19');
    click(add, 'Add the action');
    expect(await within(add).findByText('Action added, due 12 December 2025.')).toBeInTheDocument();

    const status = named("Set an action's status");
    change(status, /^Status/, 'in-progress');
    change(status, /^Set on/, '2025-11-04');
    click(status, 'Set the status');
    expect(await within(status).findByText('Moderate writing: in progress.')).toBeInTheDocument();
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: `${PLAN_PATH}/priorities/p-writing/actions`, body: { description: 'Moderate Year 6 writing with the hub', owner: { role: 'subject-leader' }, dueOn: '2025-12-12', addedOn: '2025-09-19' } },
      { path: `${PLAN_PATH}/priorities/p-writing/actions/a-1/amendments`, body: { status: 'in-progress', amendedOn: '2025-11-04' } },
    ]);
  });

  it('amends a priority on the day given (a day alone is no change), and commits support on one', async () => {
    const { api, sent } = commandLog(reads, [recorded('p-writing', '163', ['PlanPriorityAmended']), recorded('c-1', '164', ['PlanSupportCommitted'])]);
    renderConsole(
      <>
        <AmendPriorityForm plan={plan} priority={priority} onRecorded={vi.fn()} />
        <CommitSupportForm plan={plan} priorities={[{ priorityId: 'p-writing', title: 'Raise attainment in writing' }]} tier={2} onRecorded={vi.fn()} />
      </>,
      { api },
    );
    await screen.findByRole('heading', { name: 'Amend this priority' });
    const amend = named('Amend this priority');
    change(amend, /^Amended on/, '2025-12-01');
    click(amend, 'Record the amendment');
    expect(await within(amend).findByText('Nothing is changed: change the priority before recording an amendment')).toBeInTheDocument();
    expect(sent).toEqual([]);
    change(amend, /^Evidence/, 'Writing at 61% in the autumn assessment.');
    click(amend, 'Record the amendment');
    expect(await within(amend).findByText('Priority amended: the evidence changed.')).toBeInTheDocument();

    const commit = named('Commit support');
    change(commit, /^Kind of support/, 'central-team');
    change(commit, /^Reviews/, '1');
    change(commit, /^Committed on/, '2025-09-12');
    click(commit, 'Commit the support');
    expect(await within(commit).findByText('Support committed: Central team deployed, 1 review.')).toBeInTheDocument();
    expect(sent.map(({ body }) => body)).toEqual([
      { evidence: 'Writing at 61% in the autumn assessment.', amendedOn: '2025-12-01' },
      { priorityId: 'p-writing', kind: 'central-team', coreDays: 0, developmentDays: 0, reviews: 1, committedOn: '2025-09-12' },
    ]);
  });

  it("confirms at an AIM on the AIM's day when no day is given, on the day given when one is, and today for an AIM still to come", async () => {
    const { api, sent } = commandLog(reads, [recorded('2025-26', '165', ['ImprovementPlanConfirmed'])]);
    const aims = [
      { aimId: 'aim-autumn', date: '2025-11-18' },
      { aimId: 'aim-summer', date: '2026-06-16' },
    ];
    renderConsole(<ConfirmPlanForm plan={plan} aims={aims} confirmedBefore={false} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Confirm the plan' });
    const form = named('Confirm the plan');
    change(form, /^Confirmed$/, 'aim-autumn');
    click(form, 'Confirm the plan');
    expect(await within(form).findByText('Plan confirmed at the AIM on 18 November 2025.')).toBeInTheDocument();
    change(form, /^Confirmed on/, '2025-11-20');
    click(form, 'Confirm the plan');
    await waitFor(() => expect(sent).toHaveLength(2));
    change(form, /^Confirmed on/, '');
    change(form, /^Confirmed$/, 'aim-summer');
    click(form, 'Confirm the plan');
    await waitFor(() => expect(sent).toHaveLength(3));
    change(form, /^Confirmed$/, '');
    change(form, /^Confirmed on/, '2026-01-09');
    click(form, 'Confirm the plan');
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.map(({ body }) => body)).toEqual([
      { aimId: 'aim-autumn', confirmedOn: '2025-11-18' },
      { aimId: 'aim-autumn', confirmedOn: '2025-11-20' },
      { aimId: 'aim-summer' },
      { confirmedOn: '2026-01-09' },
    ]);
  });

  it("closes on the day given, a key for each day; with no day it sends no body; the API's messages are shown", async () => {
    const { api, sent } = commandLog(reads, [
      badRequest('closedOn', 'closedOn must not be in the future'),
      refused('closedOn: the improvement plan of academy 141023 for 2025/26 was last changed on 2026-03-02, so it cannot be dated 2026-02-27, before that'),
      recorded('2025-26', '166', ['ImprovementPlanYearClosed']),
    ]);
    renderConsole(<ClosePlanYearForm plan={plan} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Close the year' });
    const form = named('Close the year');
    fireEvent.click(within(form).getByRole('checkbox'));
    change(form, /^Closed on/, '2026-02-27');
    click(form, 'Close the year');
    await waitFor(() => expect(within(form).getByLabelText(/^Closed on/)).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getAllByText('closedOn must not be in the future').length).toBeGreaterThan(0);
    click(form, 'Close the year');
    expect(await within(form).findByRole('alert')).toHaveTextContent('was last changed on 2026-03-02, so it cannot be dated 2026-02-27');
    change(form, /^Closed on/, '2026-03-05');
    click(form, 'Close the year');
    expect(await within(form).findByText("The 2025/26 plan's year is closed.")).toBeInTheDocument();
    change(form, /^Closed on/, '');
    click(form, 'Close the year');
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: `${PLAN_PATH}/closure`, body: { closedOn: '2026-02-27' } },
      { path: `${PLAN_PATH}/closure`, body: { closedOn: '2026-02-27' } },
      { path: `${PLAN_PATH}/closure`, body: { closedOn: '2026-03-05' } },
      { path: `${PLAN_PATH}/closure`, body: null },
    ]);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[2]!.key).not.toBe(sent[1]!.key);
    expect(sent[3]!.key).not.toBe(sent[2]!.key);
  });
});
