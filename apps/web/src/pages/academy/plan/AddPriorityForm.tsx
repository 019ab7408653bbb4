import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useAddPriority, type CommandAnswer, type PlanKey } from './plan-commands';
import { addPriorityBody, initialPriorityValues, priorityProblems, type PriorityValues } from './plan-values';
import { PriorityFields } from './PriorityFields';

/** Adds a priority to the plan: its title, the evidence for it, the KPIs it targets with what success is, its owners, and the day it was added. */
export function AddPriorityForm({ plan, onRecorded }: { plan: PlanKey; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useAddPriority(plan);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<PriorityValues>({ initialValues: initialPriorityValues(), validate: priorityProblems });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = addPriorityBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Priority added: ${body.title}.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Add a priority" order={3} submitLabel="Add the priority" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <PriorityFields form={form} apiError={command.fieldError} />
      <ChangeDayInput label="Added on" field="addedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
