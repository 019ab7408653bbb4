import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormPanel } from '../../forms/FormPanel';
import { optionalTextProblem, textProblem, TEXT_LIMITS } from '../../forms/shape-rules';
import { usePlanPriorityChoices, type PlanChoice } from '../academy/plan/plan-priority-choices';
import { useSetVisitFocus, type CommandAnswer, type VisitFocusBody } from './peer-review-commands';

type Rag = 'red' | 'amber' | 'green';
const RAG_CHOICES = [
  { value: '', label: 'Choose a rating' },
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
];
const isRag = (value: string): value is Rag => value === 'red' || value === 'amber' || value === 'green';

interface VisitForFocus {
  groupId: string;
  visitId: string;
  hostAcademyId: string;
  academicYear: string;
}

/**
 * Seed 003: the host school decides the focus, one or two aspects of its improvement plan, RAG rated by its
 * headteacher. When the host has a plan for the visit's year, the aspects are chosen from its priorities (the
 * rating is then the host's rating of that priority); otherwise they are written in words.
 */
export function VisitFocusForm({ visit, onRecorded }: { visit: VisitForFocus; onRecorded: (answer: CommandAnswer) => void }) {
  const plan = usePlanPriorityChoices(visit.hostAcademyId, visit.academicYear);
  if (plan.loading) return <Text role="status">Loading the improvement plan for {visit.academicYear}…</Text>;
  return <FocusFields visit={visit} priorities={plan.priorities} onRecorded={onRecorded} />;
}

function FocusFields({ visit, priorities, onRecorded }: { visit: VisitForFocus; priorities: PlanChoice[] | null; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useSetVisitFocus(visit.groupId, visit.visitId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const fromPlan = priorities !== null;
  const titleOf = (priorityId: string): string | undefined => priorities?.find((choice) => choice.priorityId === priorityId)?.title;
  const form = useForm({
    initialValues: { first: '', firstRag: '', second: '', secondRag: '' },
    validate: {
      first: (value: string) => {
        if (priorities === null) return textProblem(value, TEXT_LIMITS.line, 'an aspect of the improvement plan');
        if (priorities.length === 0) return `The improvement plan for ${visit.academicYear} has no priorities yet: add them to the plan first`;
        return titleOf(value) === undefined ? "Choose one of the plan's priorities" : null;
      },
      firstRag: (value: string) => (isRag(value) ? null : 'Rate it red, amber or green'),
      second: (value: string, values) => {
        const problem = fromPlan ? (value === '' || titleOf(value) !== undefined ? null : "Choose one of the plan's priorities") : optionalTextProblem(value, TEXT_LIMITS.line, 'the aspect');
        return problem ?? (value.trim() !== '' && value.trim() === values.first.trim() ? 'The same aspect twice' : null);
      },
      secondRag: (value: string, values) => (values.second.trim() === '' || isRag(value) ? null : 'Rate it red, amber or green'),
    },
  });

  /** An aspect as the API takes it: the plan's priority by its id and title, or the words written. */
  const aspect = (value: string, rag: Rag): VisitFocusBody['aspects'][number] => {
    if (!fromPlan) return { aspect: value.trim(), rag };
    return { planPriorityId: value, aspect: titleOf(value) ?? '', rag };
  };

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const aspects: VisitFocusBody['aspects'] = [];
    if (isRag(values.firstRag)) aspects.push(aspect(values.first, values.firstRag));
    if (values.second.trim() !== '' && isRag(values.secondRag)) aspects.push(aspect(values.second, values.secondRag));
    const answer = await command.send({ aspects });
    if (answer === null) return;
    setRecorded(`Focus set: ${aspects.map((chosen) => `${chosen.aspect ?? ''} (${chosen.rag})`).join('; ')}.`);
    onRecorded(answer);
  });

  const planChoices = (prompt: string) => [{ value: '', label: prompt }, ...(priorities ?? []).map((choice) => ({ value: choice.priorityId, label: choice.title }))];
  const apiError = (index: number): string | undefined => command.fieldError(`aspects[${index}].planPriorityId`) ?? command.fieldError(`aspects[${index}].aspect`);

  return (
    <FormPanel title="Set the focus" submitLabel="Set the focus" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      {fromPlan && <Text size="sm">The priorities of the academy's improvement plan for {visit.academicYear}: your rating of each is added to its RAG history.</Text>}
      <Group align="flex-start" wrap="wrap">
        {fromPlan ? (
          <NativeSelect label="Aspect 1" description="A priority of the improvement plan." withAsterisk style={{ flexGrow: 1 }} data={planChoices('Choose a priority')} {...form.getInputProps('first')} error={form.errors['first'] ?? apiError(0) ?? command.fieldError('aspects')} />
        ) : (
          <TextInput label="Aspect 1" description="Of the academy improvement plan." withAsterisk style={{ flexGrow: 1 }} {...form.getInputProps('first')} error={form.errors['first'] ?? command.fieldError('aspects')} />
        )}
        <NativeSelect label="Aspect 1: RAG rating" withAsterisk data={RAG_CHOICES} {...form.getInputProps('firstRag')} />
      </Group>
      <Group align="flex-start" wrap="wrap">
        {fromPlan ? (
          <NativeSelect label="Aspect 2" description="Optional." style={{ flexGrow: 1 }} data={planChoices('None')} {...form.getInputProps('second')} error={form.errors['second'] ?? apiError(1)} />
        ) : (
          <TextInput label="Aspect 2" description="Optional." style={{ flexGrow: 1 }} {...form.getInputProps('second')} />
        )}
        <NativeSelect label="Aspect 2: RAG rating" data={RAG_CHOICES} {...form.getInputProps('secondRag')} />
      </Group>
    </FormPanel>
  );
}
