import { NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useAcademyCard } from '../../../api/queries';
import { kpiLabel } from '../../../format/format';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearOfDay, academicYearProblem, kpiValueProblem, numberFrom, TEXT_LENGTH, textProblem, todayInLondon, type KpiName, type NumberValue, type TermName } from './form-rules';
import { KPI_OPTIONS, scaleOf, TERM_OPTIONS } from './kpi-options';
import { recordedFigure } from './recorded-figure';
import { useAcademyCommand } from '../../../forms/use-academy-command';

interface Values {
  kpi: KpiName;
  academicYear: string;
  term: TermName;
  value: NumberValue;
  reason: string;
}

/** Corrects a figure already recorded, with the reason (POST /academies/:id/kpis/corrections); the figure corrected stays in the history. */
export function KpiCorrectionForm({ academyId }: { academyId: string }) {
  const command = useAcademyCommand('/academies/{id}/kpis/corrections', academyId);
  const card = useAcademyCard(academyId);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { kpi: 'progress', academicYear: academicYearOfDay(todayInLondon()), term: 'autumn', value: '', reason: '' },
    validate: {
      academicYear: academicYearProblem,
      value: (value, values) => kpiValueProblem(values.kpi, value),
      reason: (reason) => textProblem(reason, TEXT_LENGTH),
    },
  });
  const { kpi, academicYear, term } = form.getValues();
  const current = recordedFigure(card.data?.kpis, kpi, academicYear.trim(), term);

  const submit = form.onSubmit(async (values) => {
    setNotice(null);
    const body = { kpi: values.kpi, academicYear: values.academicYear.trim(), term: values.term, value: numberFrom(values.value), reason: values.reason.trim() };
    const answer = await command.send(body);
    if (answer === null) return;
    setNotice(
      answer.events.length === 0
        ? `${kpiLabel(body.kpi)} for the ${body.term} term of ${body.academicYear} is already ${body.value}: nothing to correct.`
        : `${kpiLabel(body.kpi)} for the ${body.term} term of ${body.academicYear} corrected to ${body.value}.`,
    );
    form.setValues({ value: '', reason: '' });
  });

  return (
    <form aria-label="Correct a KPI figure" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="KPI" data={KPI_OPTIONS} {...withApiError(form.getInputProps('kpi'), command, 'kpi')} />
          <TextInput label="Academic year" description="For example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <NativeSelect label="Term" data={TERM_OPTIONS} {...withApiError(form.getInputProps('term'), command, 'term')} />
        </SimpleGrid>
        <NumberInput
          label="Corrected figure"
          description={`${scaleOf(kpi)}. ${current === null ? 'No figure is recorded for this term yet.' : `Recorded now: ${current}.`}`}
          required
          maw={360}
          {...withApiError(form.getInputProps('value'), command, 'value')}
        />
        <Textarea label="Reason for the correction" description="Kept in the audit trail" required rows={3} {...withApiError(form.getInputProps('reason'), command, 'reason')} />
        <FormFooter command={command} notice={notice} label="Correct the figure" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
