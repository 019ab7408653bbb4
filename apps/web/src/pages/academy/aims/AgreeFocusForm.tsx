import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { textProblem, TEXT_LIMITS } from '../../../forms/shape-rules';
import { useAgreeAimFocus, type CommandAnswer } from './aim-commands';
import { FormPanel } from '../../../forms/FormPanel';

/** Seed 003: a week before, the improvement director agrees the AIM's focus with the headteacher, and records it. */
export function AgreeFocusForm({ aimId, proposed, onRecorded }: { aimId: string; proposed: string | null; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useAgreeAimFocus(aimId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { focus: proposed ?? '' },
    validate: { focus: (value: string) => textProblem(value, TEXT_LIMITS.text, 'the focus agreed') },
  });

  const submit = form.onSubmit(async ({ focus }) => {
    setRecorded(null);
    const body = { focus: focus.trim() };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(answer.events.length === 0 ? 'This focus was already agreed: nothing changed.' : `Focus agreed: ${body.focus}`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Agree the focus" submitLabel="Record the focus agreed" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea
        label="Focus agreed with the headteacher"
        withAsterisk
        rows={2}
        {...form.getInputProps('focus')}
        error={form.errors['focus'] ?? command.fieldError('focus')}
      />
    </FormPanel>
  );
}
