import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useDraftPlan, type CommandAnswer } from './plan-commands';
import { madeOnBody, madeOnProblem } from './plan-values';

/**
 * Drafts the academy's plan for the year the section shows: one a year, its priorities, actions and support
 * added once it is drafted. The day it was drafted is asked for a plan entered after the fact.
 */
export function DraftPlanForm({ academyId, academicYear, onRecorded }: { academyId: string; academicYear: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useDraftPlan(academyId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({ initialValues: { madeOn: '' }, validate: { madeOn: (value: string) => madeOnProblem(value) } });
  const submit = form.onSubmit(async ({ madeOn }) => {
    setRecorded(null);
    const answer = await command.send({ academicYear, ...madeOnBody('draftedOn', madeOn) });
    if (answer === null) return;
    setRecorded(`Plan for ${academicYear} drafted.`);
    onRecorded(answer);
  });
  return (
    <FormPanel title={`Draft the plan for ${academicYear}`} order={3} submitLabel="Draft the plan" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Text size="sm">One plan a year. Once it is drafted, its priorities, actions and support are added to it; choose another academic year above for another year's plan.</Text>
      <ChangeDayInput label="Drafted on" field="draftedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
