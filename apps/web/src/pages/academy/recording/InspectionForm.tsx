import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { formatDate } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { dateProblem, todayInLondon } from './form-rules';
import { areasOf, EIF_GRADES, FRAMEWORK_LABELS, FRAMEWORKS, gradesOf, SAFEGUARDING_OUTCOMES, wordsOf, type Framework } from './inspection-frameworks';

interface Values {
  inspectedOn: string;
  framework: Framework;
  overallEffectiveness: string;
  /** Grade by area: '' while not chosen (or not graded, for an optional area). */
  grades: Record<string, string>;
  safeguarding: string;
}

function ungraded(framework: Framework): Record<string, string> {
  const { required, optional } = areasOf(framework);
  return Object.fromEntries([...required, ...optional].map((area) => [area, '']));
}

/** The fields of the framework chosen, and only those: what the API accepts for it. */
function bodyOf(values: Values) {
  const base = { inspectedOn: values.inspectedOn, framework: values.framework };
  if (values.framework === 'eif-2019') return { ...base, overallEffectiveness: EIF_GRADES.find((grade) => grade === values.overallEffectiveness) };
  const { required, optional } = areasOf(values.framework);
  const grades = Object.fromEntries([...required, ...optional].filter((area) => (values.grades[area] ?? '') !== '').map((area) => [area, values.grades[area] ?? '']));
  if (values.framework === 'eif-2024') return { ...base, grades };
  return { ...base, grades, safeguarding: SAFEGUARDING_OUTCOMES.find((outcome) => outcome === values.safeguarding) };
}

/** Records an Ofsted inspection under the framework it was made under, with that framework's fields only (POST /academies/:id/inspections). */
export function InspectionForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/inspections', academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const form = useForm<Values>({
    initialValues: { inspectedOn: '', framework: 'report-card-2025', overallEffectiveness: '', grades: ungraded('report-card-2025'), safeguarding: '' },
    validate: (values) => {
      const errors: FormErrors = {};
      const day = dateProblem(values.inspectedOn, today);
      if (day !== null) errors['inspectedOn'] = day;
      if (values.framework === 'eif-2019' && values.overallEffectiveness === '') errors['overallEffectiveness'] = 'Choose the overall effectiveness grade';
      for (const area of areasOf(values.framework).required) if ((values.grades[area] ?? '') === '') errors[`grades.${area}`] = 'Choose a grade';
      if (values.framework === 'report-card-2025' && values.safeguarding === '') errors['safeguarding'] = 'Say whether safeguarding is met';
      return errors;
    },
  });
  const { framework } = form.getValues();
  const { required, optional } = areasOf(framework);
  const grades = gradesOf(framework).map((grade) => ({ value: grade, label: wordsOf(grade) }));

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const answer = await command.send(bodyOf(values));
    if (answer === null) return;
    setNotice(`The inspection of ${formatDate(values.inspectedOn)} (${FRAMEWORK_LABELS[values.framework]}) recorded.`);
    form.reset();
  });

  return (
    <form aria-label="Record an inspection" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Day of the inspection" required max={today} {...withApiError(form.getInputProps('inspectedOn'), command, 'inspectedOn')} />
          <NativeSelect
            label="Framework"
            description="The grades of each framework are its own"
            data={FRAMEWORKS.map((value) => ({ value, label: FRAMEWORK_LABELS[value] }))}
            {...withApiError(form.getInputProps('framework'), command, 'framework')}
            onChange={(event) => {
              const next = FRAMEWORKS.find((candidate) => candidate === event.currentTarget.value) ?? 'eif-2019';
              form.setValues({ framework: next, overallEffectiveness: '', grades: ungraded(next), safeguarding: '' });
            }}
          />
        </SimpleGrid>
        {framework === 'eif-2019' ? (
          <NativeSelect
            label="Overall effectiveness"
            required
            maw={360}
            data={[{ value: '', label: 'Choose a grade' }, ...grades]}
            {...withApiError(form.getInputProps('overallEffectiveness'), command, 'overallEffectiveness')}
          />
        ) : (
          <Fieldset legend="Grades by area">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {required.map((area) => (
                <NativeSelect
                  key={`${framework}-${area}`}
                  label={wordsOf(area)}
                  required
                  data={[{ value: '', label: 'Choose a grade' }, ...grades]}
                  {...withApiError(form.getInputProps(`grades.${area}`), command, `grades.${area}`)}
                />
              ))}
              {optional.map((area) => (
                <NativeSelect
                  key={`${framework}-${area}`}
                  label={`${wordsOf(area)} (where the school has one)`}
                  data={[{ value: '', label: 'Not graded' }, ...grades]}
                  {...withApiError(form.getInputProps(`grades.${area}`), command, `grades.${area}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        )}
        {framework === 'report-card-2025' && (
          <NativeSelect
            label="Safeguarding"
            required
            maw={360}
            data={[{ value: '', label: 'Choose' }, ...SAFEGUARDING_OUTCOMES.map((value) => ({ value, label: wordsOf(value) }))]}
            {...withApiError(form.getInputProps('safeguarding'), command, 'safeguarding')}
          />
        )}
        <FormFooter command={command} notice={notice} label="Record the inspection" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
