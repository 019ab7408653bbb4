import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useAmendPriority, type CommandAnswer, type PlanKey } from './plan-commands';
import { amendPriorityBody, priorityProblems, priorityValuesOf, type PriorityValues } from './plan-values';
import type { PlanPriorityView } from './plan-words';
import { PriorityFields } from './PriorityFields';

/**
 * Amends a priority as it stands: what is changed is sent (the KPIs targeted and the owners whole), the rest
 * left as it is, with the day it was amended; a form changed nowhere sends nothing.
 */
export function AmendPriorityForm({ plan, priority, onRecorded }: { plan: PlanKey; priority: PlanPriorityView; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useAmendPriority(plan, priority.priorityId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<PriorityValues>({ initialValues: priorityValuesOf(priority), validate: priorityProblems });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = amendPriorityBody(values, priority);
    if (body === null) {
      form.setFieldError('title', 'Nothing is changed: change the priority before recording an amendment');
      return;
    }
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Priority amended: ${Object.keys(body).flatMap((field) => CHANGED[field] ?? []).join(', ')} changed.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Amend this priority" submitLabel="Record the amendment" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <PriorityFields form={form} apiError={command.fieldError} />
      <ChangeDayInput label="Amended on" field="amendedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}

const CHANGED: Record<string, string> = { title: 'the title', evidence: 'the evidence', targets: 'the KPIs targeted', owners: 'the owners' };
