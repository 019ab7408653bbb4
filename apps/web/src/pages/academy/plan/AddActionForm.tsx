import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { OwnerFields } from './OwnerFields';
import { useAddAction, type CommandAnswer, type PlanKey } from './plan-commands';
import { actionProblems, addActionBody, initialActionValues, type ActionValues } from './plan-values';

/** Adds an action toward a priority: what is to be done, its one owner, the day it is due and the day it was added. It starts not started. */
export function AddActionForm({ plan, priorityId, onRecorded }: { plan: PlanKey; priorityId: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useAddAction(plan, priorityId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<ActionValues>({ initialValues: initialActionValues(), validate: actionProblems });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = addActionBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Action added, due ${formatDate(body.dueOn)}.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Add an action" submitLabel="Add the action" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Action" description="What is to be done." withAsterisk rows={1} {...form.getInputProps('description')} error={form.errors['description'] ?? command.fieldError('description')} />
      <OwnerFields path="owner" label="Owner" inputProps={(field) => form.getInputProps(`owner.${field}`)} apiError={command.fieldError} />
      <TextInput label="Due on" type="date" withAsterisk {...form.getInputProps('dueOn')} error={form.errors['dueOn'] ?? command.fieldError('dueOn')} />
      <ChangeDayInput label="Added on" field="addedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
