import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { linesOf, linesProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { useRecordObservations, type CommandAnswer } from './peer-review-commands';

const MAX_OBSERVATIONS = 50;
const MAX_CONCERNS = 20;

/**
 * A visitor's own record of the visit (a visiting headteacher, or the facilitator): what they observed and any
 * concern of a safeguarding nature, each flagged to the chief executive. They may record again; nothing is amended.
 */
export function ObservationsForm({ groupId, visitId, onRecorded }: { groupId: string; visitId: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useRecordObservations(groupId, visitId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { observations: '', safeguardingConcerns: '' },
    validate: {
      observations: (value: string, values) =>
        linesProblem(value, MAX_OBSERVATIONS, TEXT_LIMITS.longText) ?? (linesOf(value).length === 0 && linesOf(values.safeguardingConcerns).length === 0 ? 'Record at least one observation or safeguarding concern' : null),
      safeguardingConcerns: (value: string) => linesProblem(value, MAX_CONCERNS, TEXT_LIMITS.longText),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = { observations: linesOf(values.observations), safeguardingConcerns: linesOf(values.safeguardingConcerns) };
    const answer = await command.send(body);
    if (answer === null) return;
    const concerns = body.safeguardingConcerns.length;
    setRecorded(`${body.observations.length} observations recorded${concerns === 0 ? '' : `; ${concerns} safeguarding ${concerns === 1 ? 'concern' : 'concerns'} flagged to the chief executive`}.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Record your observations" submitLabel="Record the observations" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Observations" description="One a line." rows={4} {...form.getInputProps('observations')} error={form.errors['observations'] ?? command.fieldError('observations')} />
      <Textarea
        label="Safeguarding concerns"
        description="One a line; each is flagged to the chief executive for escalation."
        rows={2}
        {...form.getInputProps('safeguardingConcerns')}
        error={form.errors['safeguardingConcerns'] ?? command.fieldError('safeguardingConcerns')}
      />
    </FormPanel>
  );
}
