import { Alert, Anchor, Button, FileInput, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useJob } from '../../api/admin-queries';
import { RecordedNotice } from '../../forms/RecordedNotice';
import { JobProgressBar } from '../admin/JobProgressBar';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind } from './import-kinds';
import { RowProblemsTable } from './RowProblemsTable';
import { TemplatesSection } from './TemplatesSection';
import { useImportFile } from './use-import-file';

interface ImportResult {
  total?: number;
  stored?: number;
  skipped?: number;
  events?: number;
}

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/**
 * Imports in the browser: choose a file (and its kind, or let its header say), check the whole file
 * (each bad row listed, nothing stored), then import it and watch the job until it says what it stored.
 */
export default function ImportsPage() {
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const imports = useImportFile();
  const job = useJob(imports.jobId);
  const chosen = file === null ? null : { file, kind };
  const result = job.data?.state === 'completed' ? ((job.data.result ?? {}) as ImportResult) : null;
  const check = imports.check;

  return (
    <Stack gap="lg">
      <Title order={1}>Imports</Title>
      <Text>
        Bring a trust's history in from spreadsheets saved as CSV. Every row is checked, against the same rules as the forms, before anything is stored; a file with a bad row stores nothing. Back to{' '}
        <Anchor component={Link} to="/admin">
          Administration
        </Anchor>
        .
      </Text>
      <section aria-labelledby="import-a-file">
        <Stack gap="sm">
          <Title order={2} id="import-a-file">
            Import a file
          </Title>
          <Group align="flex-end">
            <FileInput
              label="File"
              description="CSV UTF-8, at most 50 MB"
              accept=".csv,text/csv"
              clearable
              clearButtonProps={{ 'aria-label': 'Clear the file' }}
              value={file}
              onChange={(next) => {
                setFile(next);
                imports.reset();
              }}
              w={320}
            />
            <NativeSelect
              label="Kind of file"
              data={[{ value: '', label: "From the file's header" }, ...IMPORT_KINDS.map((each) => ({ value: each, label: IMPORT_KIND_LABELS[each] }))]}
              value={kind ?? ''}
              onChange={(event) => {
                setKind(event.currentTarget.value === '' ? null : (event.currentTarget.value as ImportKind));
                imports.reset();
              }}
              w={240}
            />
            <Button disabled={chosen === null} loading={imports.checking} onClick={() => chosen !== null && void imports.checkFile(chosen)}>
              Check file
            </Button>
          </Group>

          {imports.failure !== null && (
            <Alert color="red" role="alert" title="Not done">
              {imports.failure}
            </Alert>
          )}
          {check?.kind === 'bad-file' && (
            <Alert color="red" role="alert" title="The file was refused: nothing stored">
              {check.messages.join(' ')}
            </Alert>
          )}
          {check?.kind === 'bad-rows' && (
            <Stack gap="xs">
              <Alert color="red" role="alert" title="Rows refused: nothing stored">
                {check.summary}. Correct {check.rows.length === 1 ? 'the row' : 'the rows'} below in the spreadsheet, save it again and check the file again.
              </Alert>
              <RowProblemsTable rows={check.rows} />
            </Stack>
          )}
          {check?.kind === 'good' && imports.jobId === null && (
            <Stack gap="xs">
              <Alert color="green" role="status" title="Every row is good">
                {check.fileName} ({IMPORT_KIND_LABELS[check.fileKind as ImportKind] ?? check.fileKind}): {plural(check.rows, 'row', 'rows')}
                {check.alreadyImported > 0 && `, ${plural(check.alreadyImported, 'row', 'rows')} of which an earlier import stored already (skipped)`}. Nothing is stored until you import it.
              </Alert>
              <Group>
                <Button loading={imports.importing} onClick={() => chosen !== null && void imports.importFile(chosen)}>
                  Import
                </Button>
              </Group>
            </Stack>
          )}
          {job.data !== undefined && <JobProgressBar job={job.data} label={`Importing ${file?.name ?? 'the file'}`} />}
          {result !== null && (
            <RecordedNotice>
              Imported {file?.name}: {plural(result.stored ?? 0, 'row', 'rows')} stored ({plural(result.events ?? 0, 'event', 'events')})
              {(result.skipped ?? 0) > 0 && `, ${plural(result.skipped ?? 0, 'row', 'rows')} skipped as imported before`}.
            </RecordedNotice>
          )}
        </Stack>
      </section>
      <TemplatesSection />
    </Stack>
  );
}
