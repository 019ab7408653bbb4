import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../auth/SessionProvider';
import { JobsSection } from './JobsSection';
import { ReadModelsSection } from './ReadModelsSection';
import { ReportsSection } from './ReportsSection';
import { RetentionSection } from './RetentionSection';

/** Operating the ledger: read models, rebuilds, reports, background jobs, retention, and the way to imports. */
export default function AdminPage() {
  const { may } = useSession();
  return (
    <Stack gap="xl">
      <Title order={1}>Administration</Title>
      {may('imports.run') && (
        <Text>
          To bring a trust's history in from spreadsheets, go to{' '}
          <Anchor component={Link} to="/admin/imports">
            Imports
          </Anchor>
          .
        </Text>
      )}
      {may('projections.read') && <ReadModelsSection />}
      {may('reports.read') && <ReportsSection />}
      {may('jobs.read') && <JobsSection />}
      {may('personal-data.retention') && <RetentionSection />}
    </Stack>
  );
}
