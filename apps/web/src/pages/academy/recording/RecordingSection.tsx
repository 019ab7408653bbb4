import { Accordion, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../../../auth/SessionProvider';
import { isTravelling, useTimeTravel } from '../../../time-travel/time-travel';
import { KpiCorrectionForm } from './KpiCorrectionForm';
import { KpiFigureForm } from './KpiFigureForm';
import { TierDecisionForm } from './TierDecisionForm';
import { mayUse, type RecordingFormKey } from './recording-permissions';

interface RecordingForm {
  key: RecordingFormKey;
  title: string;
  form: (academyId: string) => ReactNode;
}

const FORMS: readonly RecordingForm[] = [
  { key: 'kpi', title: 'Record a KPI figure', form: (academyId) => <KpiFigureForm academyId={academyId} /> },
  { key: 'kpi-correction', title: 'Correct a KPI figure', form: (academyId) => <KpiCorrectionForm academyId={academyId} /> },
  { key: 'tier', title: 'Decide a tier', form: (academyId) => <TierDecisionForm academyId={academyId} /> },
];

/**
 * The improvement director's forms on the Academy page: KPI figures and corrections, the tier decision, the
 * evidence the tier reads. Each form is shown only to roles that may run its command; a page showing the
 * past records nothing (what is recorded is recorded now).
 */
export default function RecordingSection({ academyId }: { academyId: string }) {
  const { may } = useSession();
  const { travel } = useTimeTravel();
  const forms = FORMS.filter((entry) => mayUse(entry.key, may));
  if (forms.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="record">
      <Title order={2} id="record">
        Record
      </Title>
      {isTravelling(travel) ? (
        <Text>This page shows the past: choose Now to record something.</Text>
      ) : (
        <Accordion variant="separated" order={3} keepMounted={false}>
          {forms.map((entry) => (
            <Accordion.Item key={entry.key} value={entry.key}>
              <Accordion.Control>{entry.title}</Accordion.Control>
              <Accordion.Panel>{entry.form(academyId)}</Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
