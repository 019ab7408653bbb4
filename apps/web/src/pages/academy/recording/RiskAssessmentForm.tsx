import { ActionIcon, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useRef, useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { formatDate } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { dateProblem, NAME_LENGTH, optionalTextProblem, textProblem, todayInLondon } from './form-rules';

const LEVELS = ['low', 'medium', 'high'] as const;
type Level = (typeof LEVELS)[number];
/** The most entries a risk register holds (MAX_ITEMS.risks in libs/domain). */
const MAX_RISKS = 100;

interface Risk {
  /** The entry's own key while the form lists it; never sent. */
  key: string;
  title: string;
  owner: string;
}

interface Values {
  assessedOn: string;
  level: Level;
  risks: Risk[];
}

/** Records the trust's assessment of the risk of school improvement failure and its register (POST /academies/:id/risk-assessments). */
export function RiskAssessmentForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/risk-assessments', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const keyPrefix = useId();
  const made = useRef(0);
  const newRisk = (): Risk => {
    made.current += 1;
    return { key: `${keyPrefix}-${made.current}`, title: '', owner: '' };
  };
  const form = useForm<Values>({
    initialValues: { assessedOn: '', level: 'low', risks: [] },
    validate: {
      assessedOn: (assessedOn) => dateProblem(assessedOn, today),
      risks: {
        title: (title) => textProblem(title, NAME_LENGTH),
        owner: (owner) => optionalTextProblem(owner, NAME_LENGTH),
      },
    },
  });
  const { risks } = form.getValues();

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const body = {
      assessedOn: values.assessedOn,
      level: values.level,
      risks: values.risks.map((risk) => ({ title: risk.title.trim(), ...(risk.owner.trim() === '' ? {} : { owner: risk.owner.trim() }) })),
    };
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(`The risk assessment of ${formatDate(body.assessedOn)} recorded: ${body.level} risk, ${body.risks.length === 1 ? '1 risk' : `${body.risks.length} risks`} in the register.`);
    form.reset();
  });

  return (
    <form aria-label="Record a risk assessment" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Day of the assessment" required max={today} {...withApiError(form.getInputProps('assessedOn'), command, 'assessedOn')} />
          <NativeSelect
            label="Risk of school improvement failure"
            description="High is a Tier 3 descriptor, medium a Tier 2 one"
            data={LEVELS.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }))}
            {...withApiError(form.getInputProps('level'), command, 'level')}
          />
        </SimpleGrid>
        <Fieldset legend="Risk register">
          <Stack gap="sm">
            {risks.length === 0 && <Text size="sm">No risks listed: the register may be empty.</Text>}
            {risks.map((risk, index) => (
              <Group key={risk.key} align="flex-start" wrap="nowrap">
                <TextInput label={`Risk ${index + 1}`} required style={{ flex: 2 }} {...withApiError(form.getInputProps(`risks.${index}.title`), command, `risks.${index}.title`)} />
                <TextInput label={`Owner of risk ${index + 1}`} description="Optional" style={{ flex: 1 }} {...withApiError(form.getInputProps(`risks.${index}.owner`), command, `risks.${index}.owner`)} />
                <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Remove risk ${index + 1}`} onClick={() => form.removeListItem('risks', index)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" disabled={risks.length >= MAX_RISKS} onClick={() => form.insertListItem('risks', newRisk())}>
                Add a risk
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormFooter command={command} notice={notice} label="Record the risk assessment" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
