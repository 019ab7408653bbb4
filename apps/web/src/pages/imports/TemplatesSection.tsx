import { Alert, Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { downloadCsv } from '../../api/download';
import { useSession } from '../../auth/SessionProvider';
import { IMPORT_KIND_LABELS, IMPORT_KINDS } from './import-kinds';

/** A template per kind of file: its header row and an example row, to fill in a spreadsheet. */
export function TemplatesSection() {
  const { session } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section aria-labelledby="templates">
      <Stack gap="xs">
        <Title order={2} id="templates">
          Templates
        </Title>
        <Text size="sm">Each template holds the header row of its kind and an example row. Save the filled spreadsheet as CSV UTF-8.</Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
          {IMPORT_KINDS.map((kind) => (
            <Button
              key={kind}
              size="xs"
              variant="light"
              aria-label={`Download the ${IMPORT_KIND_LABELS[kind]} template`}
              onClick={() => void downloadCsv(`/imports/templates/${kind}.csv`, session?.token ?? null).catch((error: unknown) => setFailure(String(error)))}
            >
              {IMPORT_KIND_LABELS[kind]}
            </Button>
          ))}
        </SimpleGrid>
        {failure !== null && (
          <Alert color="red" role="alert">
            The template could not be downloaded: {failure}
          </Alert>
        )}
      </Stack>
    </section>
  );
}
