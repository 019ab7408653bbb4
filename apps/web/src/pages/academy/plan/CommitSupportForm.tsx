import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { tierLabel } from '../../../format/format';
import { FormPanel } from '../../../forms/FormPanel';
import { ChangeDayInput } from './ChangeDayInput';
import { useCommitSupport, type CommandAnswer, type PlanKey } from './plan-commands';
import { initialSupportValues, PLAN_LIMITS, supportBody, supportProblems, type SupportValues } from './plan-values';
import { SUPPORT_KINDS, supportAmounts, supportKindLabel, type SupportKind } from './plan-words';

/** The kinds of support, grouped by the tiers whose "Trust Support" lists them, the academy's tier for the year first (a kind of two tiers under the first shown). */
function kindChoices(tier: number | null): ({ value: string; label: string } | { group: string; items: { value: string; label: string }[] })[] {
  const entries = Object.entries(SUPPORT_KINDS) as [SupportKind, (typeof SUPPORT_KINDS)[SupportKind]][];
  const tiers = [1, 2, 3].sort((a, b) => (a === tier ? -1 : b === tier ? 1 : a - b));
  const listed = new Set<string>();
  const groups = tiers.map((each) => {
    const items = entries.filter(([value, kind]) => kind.tiers.includes(each) && !listed.has(value)).map(([value, kind]) => ({ value, label: kind.label }));
    items.forEach((item) => listed.add(item.value));
    return { group: `${tierLabel(each)}${each === tier ? ": the academy's tier" : ''}`, items };
  });
  return [{ value: '', label: 'Choose the kind of support' }, ...groups];
}

/**
 * Commits the trust's support for the academy's tier against a priority: its kind, and the core days,
 * development days (recharged) and reviews planned, and the day it was committed. What delivers it is logged
 * elsewhere, naming it.
 */
export function CommitSupportForm({ plan, priorities, tier, onRecorded }: { plan: PlanKey; priorities: { priorityId: string; title: string }[]; tier: number | null; onRecorded: (answer: CommandAnswer) => void }) {
  const command = useCommitSupport(plan);
  const [recorded, setRecorded] = useState<string | null>(null);
  const ids = priorities.map((priority) => priority.priorityId);
  const form = useForm<SupportValues>({ initialValues: initialSupportValues(priorities.length === 1 ? priorities[0]?.priorityId : ''), validate: (values) => supportProblems(values, ids) });

  const submit = form.onSubmit(async (values) => {
    setRecorded(null);
    const body = supportBody(values);
    const answer = await command.send(body);
    if (answer === null) return;
    setRecorded(`Support committed: ${supportKindLabel(body.kind)}, ${supportAmounts(body)}.`);
    form.reset();
    onRecorded(answer);
  });

  return (
    <FormPanel title="Commit support" order={3} submitLabel="Commit the support" onSubmit={submit} pending={command.pending} refusal={command.refusal} recorded={recorded}>
      <NativeSelect
        label="For the priority"
        withAsterisk
        data={[{ value: '', label: 'Choose the priority' }, ...priorities.map((priority) => ({ value: priority.priorityId, label: priority.title }))]}
        {...form.getInputProps('priorityId')}
        error={form.errors['priorityId'] ?? command.fieldError('priorityId')}
      />
      <NativeSelect label="Kind of support" withAsterisk data={kindChoices(tier)} {...form.getInputProps('kind')} error={form.errors['kind'] ?? command.fieldError('kind')} />
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label="Core days"
          description={`The improvement director's, not recharged: 0 to ${PLAN_LIMITS.coreDays}.`}
          type="number"
          min={0}
          max={PLAN_LIMITS.coreDays}
          {...form.getInputProps('coreDays')}
          error={form.errors['coreDays'] ?? command.fieldError('coreDays')}
        />
        <TextInput
          label="Development days"
          description={`Recharged to the academy: 0 to ${PLAN_LIMITS.developmentDays}.`}
          type="number"
          min={0}
          max={PLAN_LIMITS.developmentDays}
          {...form.getInputProps('developmentDays')}
          error={form.errors['developmentDays'] ?? command.fieldError('developmentDays')}
        />
        <TextInput
          label="Reviews"
          description={`Commissioned by the trust: 0 to ${PLAN_LIMITS.reviews}.`}
          type="number"
          min={0}
          max={PLAN_LIMITS.reviews}
          {...form.getInputProps('reviews')}
          error={form.errors['reviews'] ?? command.fieldError('reviews')}
        />
      </Group>
      <ChangeDayInput label="Committed on" field="committedOn" inputProps={form.getInputProps('madeOn')} apiError={command.fieldError} />
    </FormPanel>
  );
}
