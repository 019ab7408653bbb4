import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListError } from '../../../forms/ListError';
import type { PlanChoice } from '../plan/plan-priority-choices';
import { choicesOf, RAG_RATINGS } from './aim-words';
import { HOLD_LIMITS, newPriority, type HoldValues } from './hold-aim-values';

/**
 * The priorities the meeting reviewed, each RAG rated: chosen from the academy's improvement plan for the
 * AIM's year when it has one (rating one here rates the plan's priority), or written in words when it has none.
 */
export function PrioritiesFields({ form, apiError, plan }: { form: UseFormReturnType<HoldValues>; apiError: (field: string) => string | undefined; plan: { academicYear: string; priorities: readonly PlanChoice[] | null } }) {
  const { priorities } = form.values;
  const choices = plan.priorities === null ? null : [{ value: '', label: 'Choose a priority of the plan' }, ...plan.priorities.map((choice) => ({ value: choice.priorityId, label: choice.title }))];
  const most = plan.priorities === null ? HOLD_LIMITS.priorities : Math.min(HOLD_LIMITS.priorities, plan.priorities.length);
  return (
    <Fieldset legend="Priorities">
      <Stack gap="xs">
        {plan.priorities !== null && (
          <Text size="sm">
            {plan.priorities.length === 0
              ? `The academy's improvement plan for ${plan.academicYear} has no priorities yet: add them to the plan, then record the meeting.`
              : `The priorities of the academy's improvement plan for ${plan.academicYear}: rating one here adds to its RAG history.`}
          </Text>
        )}
        {priorities.map((row, index) => (
          <Group key={row.key} align="flex-end" wrap="wrap">
            {choices === null ? (
              <TextInput label={`Priority ${index + 1}`} withAsterisk style={{ flexGrow: 1 }} {...form.getInputProps(`priorities.${index}.priority`)} />
            ) : (
              <NativeSelect
                label={`Priority ${index + 1}`}
                withAsterisk
                style={{ flexGrow: 1 }}
                data={choices}
                {...form.getInputProps(`priorities.${index}.planPriorityId`)}
                error={form.errors[`priorities.${index}.planPriorityId`] ?? apiError(`priorities[${index}].planPriorityId`)}
              />
            )}
            <NativeSelect label={`Priority ${index + 1}: RAG rating`} withAsterisk data={choicesOf(RAG_RATINGS, 'Choose a rating')} {...form.getInputProps(`priorities.${index}.rag`)} />
            <Button variant="default" disabled={priorities.length === 1} onClick={() => form.removeListItem('priorities', index)} aria-label={`Remove priority ${index + 1}`}>
              Remove
            </Button>
          </Group>
        ))}
        <ListError message={form.errors['priorities'] ?? apiError('priorities')} />
        <Group>
          <Button variant="default" disabled={priorities.length >= most} onClick={() => form.insertListItem('priorities', newPriority())}>
            Add a priority
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
