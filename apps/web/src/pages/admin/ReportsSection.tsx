import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useReports, type ReportSummary } from '../../api/admin-queries';
import { downloadCsv, downloadJson } from '../../api/download';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime } from '../../format/format';
import { BuildReportForm } from './BuildReportForm';
import { reportJsonFileName, reportTypeLabel } from './report-request';
import { VerifyReportButton } from './VerifyReportButton';

function ReportDownloads({ report, onError }: { report: ReportSummary; onError: (message: string) => void }) {
  const { session } = useSession();
  const token = session?.token ?? null;
  const path = `/admin/reports/${encodeURIComponent(report.id)}`;
  const what = `the ${reportTypeLabel(report.type).toLowerCase()} report ${report.id}`;
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" aria-label={`Download ${what} as CSV`} onClick={() => void downloadCsv(path, token).catch((error: unknown) => onError(String(error)))}>
        CSV
      </Button>
      <Button size="xs" variant="light" aria-label={`Download ${what} as JSON`} onClick={() => void downloadJson(path, token, reportJsonFileName(report)).catch((error: unknown) => onError(String(error)))}>
        JSON
      </Button>
    </Group>
  );
}

/** Reports built as of a date or a position: each with its position and content hash, downloadable, verifiable. */
export function ReportsSection() {
  const { may } = useSession();
  const reports = useReports();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  return (
    <section aria-labelledby="reports">
      <Title order={2} id="reports">
        Reports
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          A report is the read models as they stood at a position of the event store, kept with that position and the SHA-256 hash of its content. Building it again as of the same position
          gives the same hash: <strong>Verify</strong> does that.
        </Text>
        {may('reports.create') && <BuildReportForm />}
        {downloadError !== null && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setDownloadError(null)}>
            The download failed: {downloadError}
          </Alert>
        )}
        <QueryState query={reports} what="the reports">
          {(list) =>
            list.length === 0 ? (
              <Text c="dimmed">No report has been built yet.</Text>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table withTableBorder striped aria-label="Reports built">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Report</Table.Th>
                      <Table.Th scope="col">Academic year</Table.Th>
                      <Table.Th scope="col">As at</Table.Th>
                      <Table.Th scope="col">Position</Table.Th>
                      <Table.Th scope="col">Content hash</Table.Th>
                      <Table.Th scope="col">Built</Table.Th>
                      <Table.Th scope="col">Download</Table.Th>
                      <Table.Th scope="col">Verify</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((report) => (
                      <Table.Tr key={report.id} data-report={report.id}>
                        <Table.Th scope="row">{reportTypeLabel(report.type)}</Table.Th>
                        <Table.Td>{report.academicYear ?? 'All'}</Table.Td>
                        <Table.Td>{report.on === null ? '—' : formatDate(report.on)}</Table.Td>
                        <Table.Td>{report.position}</Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace" title={report.contentHash} data-content-hash={report.contentHash}>
                            {report.contentHash.slice(0, 16)}…
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatDateTime(report.createdAt)}</Table.Td>
                        <Table.Td>
                          <ReportDownloads report={report} onError={setDownloadError} />
                        </Table.Td>
                        <Table.Td>{may('reports.create') && <VerifyReportButton report={report} />}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Stack>
    </section>
  );
}
