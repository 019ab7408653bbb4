import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QueryError } from '../../components/QueryState';
import { RecordedNotice } from '../../forms/RecordedNotice';
import { RefusalAlert } from '../../forms/RefusalAlert';
import { needsYear, REPORT_TYPES, reportFormProblems, reportRequestOf, type ReportFormValues, type ReportType } from './report-request';
import { useReportBuild } from './use-report-build';

/** Build a report as of a moment or a position, and as at a date: it is listed below once built. */
export function BuildReportForm() {
  const form = useForm<ReportFormValues>({
    mode: 'controlled',
    initialValues: { type: 'tier-decisions', academicYear: '', recordedOn: '', position: '', on: '' },
    validate: (values) => reportFormProblems(values),
  });
  const { build, command, building, report, failure } = useReportBuild();
  const fieldError = (field: keyof ReportFormValues, apiField?: string): string | undefined => (form.errors[field] as string | undefined) ?? (apiField === undefined ? undefined : command.fieldError(apiField));
  return (
    <form
      aria-label="Build a report"
      onSubmit={form.onSubmit((values) => {
        void build(reportRequestOf(values));
      })}
      noValidate
    >
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap">
          <NativeSelect label="Report" data={REPORT_TYPES.map((each) => ({ value: each.value, label: each.label }))} {...form.getInputProps('type')} onChange={(event) => form.setFieldValue('type', event.currentTarget.value as ReportType)} w={190} />
          <TextInput
            label="Academic year"
            description={needsYear(form.values.type) ? 'Required' : 'Optional'}
            placeholder="2024/25"
            withAsterisk={needsYear(form.values.type)}
            {...form.getInputProps('academicYear')}
            error={fieldError('academicYear', 'academicYear')}
            w={150}
          />
          <TextInput label="As recorded on" description="What the ledger knew then" type="datetime-local" {...form.getInputProps('recordedOn')} error={fieldError('recordedOn', 'asOf')} w={230} />
          <TextInput label="Or at position" description="A global position" inputMode="numeric" {...form.getInputProps('position')} error={fieldError('position')} w={150} />
          <TextInput label="As at" description="The world on this date" type="date" {...form.getInputProps('on')} error={fieldError('on', 'on')} w={180} />
        </Group>
        <Group>
          <Button type="submit" loading={command.pending || building}>
            Build report
          </Button>
          {building && (
            <Text size="sm" role="status">
              Building the report…
            </Text>
          )}
        </Group>
        <RefusalAlert refusal={command.refusal} />
        {failure !== null && <QueryError error={failure} what="the report" />}
        {report !== null && (
          <RecordedNotice>
            Report built at position {report.position}, content hash <code>{report.contentHash.slice(0, 16)}…</code>
          </RecordedNotice>
        )}
      </Stack>
    </form>
  );
}
