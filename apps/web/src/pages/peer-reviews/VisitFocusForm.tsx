import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { optionalTextProblem, textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { useSetVisitFocus, type CommandAnswer, type VisitFocusBody } from './peer-review-commands';

type Rag = 'red' | 'amber' | 'green';
const RAG_CHOICES = [
  { value: '', label: 'Choose a rating' },
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
];
const isRag = (value: string): value is Rag => value === 'red' || value === 'amber' || value === 'green';

/** Seed 003: the host school decides the focus, one or two aspects of its improvement plan, RAG rated by its headteacher. */
export function VisitFocusForm({ groupId, visitId, onRecorded }: { groupId: string; visitId: string; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useSetVisitFocus(groupId, visitId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm({
    initialValues: { first: '', firstRag: '', second: '', secondRag: '' },
    validate: {
      first: (value: string) => textProblem(value, TEXT_LIMITS.line, 'an aspect of the improvement plan'),
      firstRag: (value: string) => (isRag(value) ? null : 'Rate it red, amber or green'),
      second: (value: string, values) => optionalTextProblem(value, TEXT_LIMITS.line, 'the aspect') ?? (value.trim() !== '' && value.trim() === values.first.trim() ? 'The same aspect twice' : null),
      secondRag: (value: string, values) => (values.second.trim() === '' || isRag(value) ? null : 'Rate it red, amber or green'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const aspects: VisitFocusBody['aspects'] = [];
    if (isRag(values.firstRag)) aspects.push({ aspect: values.first.trim(), rag: values.firstRag });
    if (values.second.trim() !== '' && isRag(values.secondRag)) aspects.push({ aspect: values.second.trim(), rag: values.secondRag });
    const answer = await command.send({ aspects });
    if (answer === null) return;
    setRecorded(`Focus set: ${aspects.map((aspect) => `${aspect.aspect} (${aspect.rag})`).join('; ')}.`);
    onRecorded(answer);
  });

  return (
    <FormPanel title="Set the focus" submitLabel="Set the focus" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <Group align="flex-start" wrap="wrap">
        <TextInput label="Aspect 1" description="Of the academy improvement plan." withAsterisk style={{ flexGrow: 1 }} {...form.getInputProps('first')} error={form.errors['first'] ?? command.fieldError('aspects')} />
        <NativeSelect label="Aspect 1: RAG rating" withAsterisk data={RAG_CHOICES} {...form.getInputProps('firstRag')} />
      </Group>
      <Group align="flex-start" wrap="wrap">
        <TextInput label="Aspect 2" description="Optional." style={{ flexGrow: 1 }} {...form.getInputProps('second')} />
        <NativeSelect label="Aspect 2: RAG rating" data={RAG_CHOICES} {...form.getInputProps('secondRag')} />
      </Group>
    </FormPanel>
  );
}
