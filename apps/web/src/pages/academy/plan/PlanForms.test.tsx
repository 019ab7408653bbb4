import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandLog, recorded } from '../../../../test/command-log';
import { meAnswer, renderConsole, type FakeApi } from '../../../../test/render';
import { ActionStatusForm } from './ActionStatusForm';
import { AddActionForm } from './AddActionForm';
import { AddPriorityForm } from './AddPriorityForm';
import { AmendPriorityForm } from './AmendPriorityForm';
import { CommitSupportForm } from './CommitSupportForm';
import { change, named, plan, PLAN_PATH, writingPriority } from './test-support/plan-form-fixtures';

const reads: FakeApi = ({ path }) => (path === '/auth/me' ? meAnswer(['improvement-plans.amend', 'improvement-plans.commit-support'], ['improvement-director']) : undefined);


const priority = writingPriority([{ kpi: 'progress', successCriteria: '75% at expected progress' }]);

describe("the plan's forms", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T16:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('adds a priority: the KPIs targeted with their success criteria, and owners by role or by name', async () => {
    const { api, sent } = commandLog(reads, [recorded('p-new', '150', ['PlanPriorityAdded'])]);
    renderConsole(<AddPriorityForm plan={plan} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Add a priority' });
    const form = named('Add a priority');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Attendance' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add the priority' }));
    expect(await within(form).findByText('Write the priority')).toBeInTheDocument();
    expect(within(form).getByText('Write the evidence for it')).toBeInTheDocument();
    expect(within(form).getByText('Write what success is')).toBeInTheDocument();
    expect(within(form).getByText('Choose a role, or a named member of staff')).toBeInTheDocument();

    change(form, /^Title/, ' Attendance of disadvantaged pupils ');
    change(form, /^Evidence/, 'Persistent absence at 19% among disadvantaged pupils.');
    change(form, /^Attendance: success criteria/, 'Persistent absence below 12%');
    change(form, /^Owner 1( \*)?$/, 'headteacher');
    fireEvent.click(within(form).getByRole('button', { name: 'Add an owner' }));
    change(form, /^Owner 2( \*)?$/, 'staff');
    change(form, /^Owner 2: staff id/, 'st-41');
    change(form, /^Owner 2: name/, 'Ann Head');
    fireEvent.click(within(form).getByRole('button', { name: 'Add the priority' }));
    expect(await within(form).findByText('Priority added: Attendance of disadvantaged pupils.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      path: `${PLAN_PATH}/priorities`,
      body: {
        title: 'Attendance of disadvantaged pupils',
        evidence: 'Persistent absence at 19% among disadvantaged pupils.',
        targets: [{ kpi: 'attendance', successCriteria: 'Persistent absence below 12%' }],
        owners: [{ role: 'headteacher' }, { staffId: 'st-41', name: 'Ann Head' }],
      },
    });
  }, 15_000);

  it('amends only what changed, and sends nothing when nothing did', async () => {
    const { api, sent } = commandLog(reads, [recorded('p-writing', '151', ['PlanPriorityAmended'])]);
    renderConsole(<AmendPriorityForm plan={plan} priority={priority} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Amend this priority' });
    const form = named('Amend this priority');
    expect(within(form).getByLabelText(/^Title/)).toHaveValue('Raise attainment in writing');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the amendment' }));
    expect(await within(form).findByText('Nothing is changed: change the priority before recording an amendment')).toBeInTheDocument();
    expect(sent).toEqual([]);
    change(form, /^Evidence/, 'Writing at 61% in the autumn assessment.');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the amendment' }));
    expect(await within(form).findByText('Priority amended: the evidence changed.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: `${PLAN_PATH}/priorities/p-writing/amendments`, body: { evidence: 'Writing at 61% in the autumn assessment.' } });
    expect(Object.keys(sent[0]!.body as object)).toEqual(['evidence']);
  });

  it('adds an action with its owner and due date, and sets its status', async () => {
    const { api, sent } = commandLog(reads, [recorded('a-2', '152', ['PlanActionAdded']), recorded('a-1', '153', ['PlanActionAmended'])]);
    renderConsole(
      <>
        <AddActionForm plan={plan} priorityId="p-writing" onRecorded={vi.fn()} />
        <ActionStatusForm plan={plan} priorityId="p-writing" actions={priority.actions} onRecorded={vi.fn()} />
      </>,
      { api },
    );
    await screen.findByRole('heading', { name: 'Add an action' });
    const add = named('Add an action');
    change(add, /^Action/, 'Weekly attendance review with the family liaison officer');
    change(add, /^Owner( \*)?$/, 'senior-leader');
    change(add, /^Due on/, '2026-04-24');
    fireEvent.click(within(add).getByRole('button', { name: 'Add the action' }));
    expect(await within(add).findByText('Action added, due 24 April 2026.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      path: `${PLAN_PATH}/priorities/p-writing/actions`,
      body: { description: 'Weekly attendance review with the family liaison officer', owner: { role: 'senior-leader' }, dueOn: '2026-04-24' },
    });

    const status = named("Set an action's status");
    change(status, /^Status/, 'not-started');
    fireEvent.click(within(status).getByRole('button', { name: 'Set the status' }));
    expect(await within(status).findByText('It is not started already')).toBeInTheDocument();
    change(status, /^Status/, 'done');
    fireEvent.click(within(status).getByRole('button', { name: 'Set the status' }));
    expect(await within(status).findByText('Moderate writing: done.')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ path: `${PLAN_PATH}/priorities/p-writing/actions/a-1/amendments`, body: { status: 'done' } });
  });

  it("commits support for a priority: its kind (the academy's tier first) and what is planned, at least one of them", async () => {
    const { api, sent } = commandLog(reads, [recorded('c-1', '154', ['PlanSupportCommitted'])]);
    renderConsole(<CommitSupportForm plan={plan} priorities={[{ priorityId: 'p-writing', title: 'Raise attainment in writing' }]} tier={2} onRecorded={vi.fn()} />, { api });
    await screen.findByRole('heading', { name: 'Commit support' });
    const form = named('Commit support');
    const groups = within(form).getByLabelText(/^Kind of support/).querySelectorAll('optgroup');
    expect([...groups].map((group) => group.label)).toEqual(["Tier 2: the academy's tier", 'Tier 1', 'Tier 3']);
    fireEvent.click(within(form).getByRole('button', { name: 'Commit the support' }));
    expect(await within(form).findByText('Choose a kind of support')).toBeInTheDocument();
    expect(within(form).getByText('Plan at least one core day, development day or review')).toBeInTheDocument();
    change(form, /^Kind of support/, 'sle-lead-practitioner');
    change(form, /^Core days/, '7');
    fireEvent.click(within(form).getByRole('button', { name: 'Commit the support' }));
    expect(await within(form).findByText('A whole number from 0 to 6')).toBeInTheDocument();
    change(form, /^Core days/, '1');
    change(form, /^Development days/, '4');
    fireEvent.click(within(form).getByRole('button', { name: 'Commit the support' }));
    expect(await within(form).findByText('Support committed: SLE / Lead Practitioner support, 1 core day, 4 development days.')).toBeInTheDocument();
    expect(sent).toEqual([
      { method: 'POST', path: `${PLAN_PATH}/support-commitments`, body: { priorityId: 'p-writing', kind: 'sle-lead-practitioner', coreDays: 1, developmentDays: 4, reviews: 0 }, key: expect.any(String) as string },
    ]);
  });
});
