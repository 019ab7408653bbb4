import { fireEvent, screen, within } from '@testing-library/react';
import type { PlanPriorityView } from '../plan-words';

/** What the plan's form tests share: the plan, its route, one priority with one action, and how a form is filled in. */

export const plan = { academyId: '141023', academicYear: '2025/26' };
export const PLAN_PATH = '/academies/141023/improvement-plans/2025-26';

export const named = (name: string): HTMLElement => screen.getByRole('form', { name });
export const change = (scope: HTMLElement, label: RegExp, value: string): void => {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
};

/** Writing, owned by a senior leader, with one action not started: targeting the KPIs given (none by default). */
export function writingPriority(targets: PlanPriorityView['targets'] = []): PlanPriorityView {
  return {
    priorityId: 'p-writing',
    title: 'Raise attainment in writing',
    evidence: 'Writing at 58%.',
    targets,
    owners: [{ kind: 'role', role: 'senior-leader', staffId: null, name: null }],
    addedOn: '2025-09-02',
    addedAtAimId: null,
    amendments: [],
    ragHistory: [],
    currentRating: null,
    actions: [{ actionId: 'a-1', description: 'Moderate writing', owner: { kind: 'role', role: 'senco', staffId: null, name: null }, dueOn: '2026-02-13', status: 'not-started', addedOn: '2025-09-03' }],
    impact: [],
  };
}
