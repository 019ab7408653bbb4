import { Badge, Button, Stack } from '@mantine/core';
import type { ReportSummary } from '../../api/admin-queries';
import { COLOURS } from '../../app/colours';
import { RefusalAlert } from '../../forms/RefusalAlert';
import { regenerationOf, reportTypeLabel } from './report-request';
import { useReportBuild } from './use-report-build';

/** Builds the report again as of its position and says whether the content hash is the same. */
export function VerifyReportButton({ report }: { report: ReportSummary }) {
  const { build, command, building, report: again } = useReportBuild();
  const same = again === null ? null : again.contentHash === report.contentHash;
  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" variant="default" loading={command.pending || building} aria-label={`Verify the ${reportTypeLabel(report.type).toLowerCase()} report ${report.id}`} onClick={() => void build(regenerationOf(report))}>
        Verify
      </Button>
      {same !== null && (
        <Badge color={same ? COLOURS.good : COLOURS.bad} role="status" title={again?.contentHash}>
          {same ? 'Same hash: verified' : 'Different hash'}
        </Badge>
      )}
      <RefusalAlert refusal={command.refusal} />
    </Stack>
  );
}
