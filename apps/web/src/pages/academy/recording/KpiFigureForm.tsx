import { NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCard } from '../../../api/queries';
import { kpiLabel } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearOfDay, academicYearProblem, kpiValueProblem, numberFrom, percentageProblem, todayInLondon, type KpiName, type NumberValue, type TermName } from './form-rules';
import { KPI_OPTIONS, scaleOf, TERM_OPTIONS } from './kpi-options';
import { recordedFigure } from './recorded-figure';
import { useAcademyCommand } from '../../../forms/use-academy-command';

type Source = 'academy-data' | 'published';

interface Values {
  kpi: KpiName;
  academicYear: string;
  term: TermName;
  value: NumberValue;
  nationalAverage: NumberValue;
  source: Source;
}

/** Records one KPI figure of a term (POST /academies/:id/kpis); the KPI, year and term stay for the next figure. */
export function KpiFigureForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/kpis', academyId);
  const card = useAcademyCard(academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { kpi: 'progress', academicYear: academicYearOfDay(todayInLondon()), term: 'autumn', value: '', nationalAverage: '', source: 'academy-data' },
    validate: {
      academicYear: academicYearProblem,
      value: (value, values) => kpiValueProblem(values.kpi, value),
      nationalAverage: (value) => (value === '' ? null : percentageProblem(value)),
    },
  });
  const { kpi, academicYear, term } = form.getValues();
  const already = recordedFigure(card.data?.kpis, kpi, academicYear.trim(), term);

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const body = {
      kpi: values.kpi,
      academicYear: values.academicYear.trim(),
      term: values.term,
      value: numberFrom(values.value),
      source: values.source,
      ...(values.nationalAverage === '' ? {} : { nationalAverage: numberFrom(values.nationalAverage) }),
    };
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(`${kpiLabel(body.kpi)} for the ${body.term} term of ${body.academicYear} recorded: ${body.value}${body.nationalAverage === undefined ? '' : ` (national average ${body.nationalAverage})`}.`);
    form.setValues({ value: '', nationalAverage: '' });
  });

  return (
    <form aria-label="Record a KPI figure" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="KPI" data={KPI_OPTIONS} {...withApiError(form.getInputProps('kpi'), command, 'kpi')} />
          <TextInput label="Academic year" description="For example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <NativeSelect label="Term" data={TERM_OPTIONS} {...withApiError(form.getInputProps('term'), command, 'term')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label="Figure"
            description={already === null ? scaleOf(kpi) : `${scaleOf(kpi)}. Already recorded: ${already}; correct it instead.`}
            required
            {...withApiError(form.getInputProps('value'), command, 'value')}
          />
          <NumberInput label="National average (%)" description="Optional: the national figure for the term" {...withApiError(form.getInputProps('nationalAverage'), command, 'nationalAverage')} />
          <NativeSelect
            label="Source"
            data={[
              { value: 'academy-data', label: "The academy's own data" },
              { value: 'published', label: 'A published measure' },
            ]}
            {...withApiError(form.getInputProps('source'), command, 'source')}
          />
        </SimpleGrid>
        <FormFooter command={command} notice={notice} label="Record the figure" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
