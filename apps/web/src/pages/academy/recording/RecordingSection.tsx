import { Accordion, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSession } from '../../../auth/SessionProvider';
import { isTravelling, useTimeTravel } from '../../../time-travel/time-travel';
import { AnnualReviewForm } from './AnnualReviewForm';
import { CommissionedReviewForm } from './CommissionedReviewForm';
import { InspectionForm } from './InspectionForm';
import { KpiCorrectionForm } from './KpiCorrectionForm';
import { KpiFigureForm } from './KpiFigureForm';
import { OutcomeForm } from './OutcomeForm';
import { mayUse, type RecordingFormKey } from './recording-permissions';
import { RiskAssessmentForm } from './RiskAssessmentForm';
import { SipVisitForm } from './SipVisitForm';
import { TierDecisionForm } from './TierDecisionForm';

interface RecordingForm {
  key: RecordingFormKey;
  title: string;
  form: (academyId: string) => ReactNode;
}

const FORMS: readonly RecordingForm[] = [
  { key: 'kpi', title: 'Record a KPI figure', form: (academyId) => <KpiFigureForm academyId={academyId} /> },
  { key: 'kpi-correction', title: 'Correct a KPI figure', form: (academyId) => <KpiCorrectionForm academyId={academyId} /> },
  { key: 'tier', title: 'Decide a tier', form: (academyId) => <TierDecisionForm academyId={academyId} /> },
  { key: 'inspection', title: 'Record an inspection', form: (academyId) => <InspectionForm academyId={academyId} /> },
  { key: 'outcome', title: 'Record outcomes', form: (academyId) => <OutcomeForm academyId={academyId} /> },
  { key: 'annual-review', title: 'Record an annual review', form: (academyId) => <AnnualReviewForm academyId={academyId} /> },
  { key: 'risk-assessment', title: 'Record a risk assessment', form: (academyId) => <RiskAssessmentForm academyId={academyId} /> },
  { key: 'sip-visit', title: 'Record a SIP visit', form: (academyId) => <SipVisitForm academyId={academyId} /> },
  { key: 'commissioned-review', title: 'Record a commissioned review', form: (academyId) => <CommissionedReviewForm academyId={academyId} /> },
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
