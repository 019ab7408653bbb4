import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../../forms/FormPanel';
import { useDraftPlan, type CommandAnswer } from './plan-commands';

/** Drafts the academy's plan for the year the section shows: one a year, its priorities, actions and support added once it is drafted. */
export function DraftPlanForm({ academyId, academicYear, onRecorded }: { academyId: string; academicYear: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useDraftPlan(academyId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({ initialValues: {} });
  const submit = form.onSubmit(async () => {
    setRecorded(null);
    const answer = await command.send({ academicYear });
    if (answer === null) return;
    setRecorded(`Plan for ${academicYear} drafted.`);
    onRecorded(answer);
  });
  return (
    <FormPanel title={`Draft the plan for ${academicYear}`} order={3} submitLabel="Draft the plan" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Text size="sm">One plan a year. Once it is drafted, its priorities, actions and support are added to it; choose another academic year above for another year's plan.</Text>
    </FormPanel>
  );
}
