import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { linesOf, linesProblem, textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { useRecordVisitHeld, type CommandAnswer } from './peer-review-commands';

const MAX_ACTIONS = 30;

/** The lead headteacher (or the facilitator) records the visit held: the feedback to the host, and the actions for the next AIM. */
export function VisitHeldForm({ groupId, visitId, onRecorded }: { groupId: string; visitId: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useRecordVisitHeld(groupId, visitId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { feedback: '', actionsForNextAim: '' },
    validate: {
      feedback: (value: string) => textProblem(value, TEXT_LIMITS.longText, 'the feedback to the host headteacher'),
      actionsForNextAim: (value: string) => linesProblem(value, MAX_ACTIONS, TEXT_LIMITS.text),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = { feedback: values.feedback.trim(), actionsForNextAim: linesOf(values.actionsForNextAim) };
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Visit recorded held, with ${body.actionsForNextAim.length} actions for the next AIM.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Record the visit held" submitLabel="Record the visit held" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Textarea label="Feedback to the host headteacher" withAsterisk rows={4} {...form.getInputProps('feedback')} error={form.errors['feedback'] ?? command.fieldError('feedback')} />
      <Textarea
        label="Actions for the next AIM"
        description="One a line."
        rows={3}
        {...form.getInputProps('actionsForNextAim')}
        error={form.errors['actionsForNextAim'] ?? command.fieldError('actionsForNextAim')}
      />
    </FormPanel>
  );
}
