import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { formatDate } from '../../../format/format';
import { FormPanel } from '../../../forms/FormPanel';
import { useRatePriority, type CommandAnswer, type PlanKey } from './plan-commands';
import { initialRatingValues, ratingBody, ratingProblems, type RatingValues } from './plan-values';
import { PLAN_RAGS } from './plan-words';

const RAG_CHOICES = [{ value: '', label: 'Choose a rating' }, ...Object.entries(PLAN_RAGS).map(([value, label]) => ({ value, label }))];

/**
 * RAG rates a priority on the plan: the rating, the day (within the plan's year, not in the future) and a
 * comment. Who rated it is the signed-in user, as the API records it; every rating is kept in its history.
 */
export function RatePriorityForm({ plan, priorityId, onRecorded, today }: { plan: PlanKey; priorityId: string; onRecorded: (answer: CommandAnswer) => void; today?: string }) {
  const command = useRatePriority(plan, priorityId);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useForm<RatingValues>({ initialValues: initialRatingValues(plan.academicYear, today), validate: (values) => ratingProblems(values, plan.academicYear, today) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = ratingBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Rated ${PLAN_RAGS[body.rating].toLowerCase()} on ${formatDate(body.ratedOn ?? values.ratedOn)}.`);
    form.setValues({ rating: '', comment: '' });
    onRecorded(answer);
  });

  return (
    <FormPanel title="Rate this priority" submitLabel="Record the rating" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <NativeSelect label="RAG rating" withAsterisk data={RAG_CHOICES} {...form.getInputProps('rating')} error={form.errors['rating'] ?? command.fieldError('rating')} />
      <TextInput
        label="Rated on"
        description={`A day of ${plan.academicYear}, not in the future.`}
        type="date"
        withAsterisk
        {...form.getInputProps('ratedOn')}
        error={form.errors['ratedOn'] ?? command.fieldError('ratedOn')}
      />
      <Textarea label="Comment" description="Optional: why it is rated so." rows={2} {...form.getInputProps('comment')} error={form.errors['comment'] ?? command.fieldError('comment')} />
    </FormPanel>
  );
}
