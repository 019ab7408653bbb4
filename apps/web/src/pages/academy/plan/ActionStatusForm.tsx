import { NativeSelect } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useAmendAction, type CommandAnswer, type PlanKey } from './plan-commands';
import { madeOnBody, madeOnProblem } from './plan-values';
import { isOneOf, PLAN_ACTION_STATUSES, wordFor, type PlanActionView } from './plan-words';

const STATUS_CHOICES = [{ value: '', label: 'Choose its status' }, ...Object.entries(PLAN_ACTION_STATUSES).map(([value, label]) => ({ value, label }))];

/** Sets how far an action toward the priority has got: not started, in progress, done or dropped (any may follow any), and on what day. */
export function ActionStatusForm({ plan, priorityId, actions, onRecorded }: { plan: PlanKey; priorityId: string; actions: PlanActionView[]; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useAmendAction(plan, priorityId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { actionId: actions.length === 1 ? (actions[0]?.actionId ?? '') : '', status: '', madeOn: '' },
    validate: {
      actionId: (value: string) => (actions.some((action) => action.actionId === value) ? null : 'Choose which action'),
      status: (value: string, values) => {
        if (!isOneOf(PLAN_ACTION_STATUSES, value)) return 'Choose a status';
        const action = actions.find((candidate) => candidate.actionId === values.actionId);
        return action?.status === value ? `It is ${wordFor(PLAN_ACTION_STATUSES, value).toLowerCase()} already` : null;
      },
      madeOn: (value: string) => madeOnProblem(value),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    if (!isOneOf(PLAN_ACTION_STATUSES, values.status)) return;
    const answer = await command.send({ actionId: values.actionId, body: { status: values.status, ...madeOnBody('amendedOn', values.madeOn) } });
    if (answer === null) return;
    const action = actions.find((candidate) => candidate.actionId === values.actionId);
    setRecorded(`${action?.description ?? 'The action'}: ${PLAN_ACTION_STATUSES[values.status].toLowerCase()}.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Set an action's status" submitLabel="Set the status" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <NativeSelect
        label="Action"
        withAsterisk
        data={[{ value: '', label: 'Choose the action' }, ...actions.map((action) => ({ value: action.actionId, label: `${action.description} (${wordFor(PLAN_ACTION_STATUSES, action.status).toLowerCase()})` }))]}
        {...form.getInputProps('actionId')}
      />
      <NativeSelect label="Status" withAsterisk data={STATUS_CHOICES} {...form.getInputProps('status')} error={form.errors['status'] ?? command.fieldError('status')} />
      <ChangeDayInput label="Set on" field="amendedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
