import { Paper, Stack, Text, Title } from '@mantine/core';
import { useAim } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { QueryState } from '../../../components/QueryState';
import { formatDate } from '../../../format/format';
import type { CommandAnswer } from './aim-commands';
import { AIM_STATUSES, formatLabel } from './aim-words';
import { AgreeFocusForm } from './AgreeFocusForm';
import { AimDocumentsTable } from './AimDocumentsTable';
import { AimOutcome } from './AimOutcome';
import { HoldAimForm } from './HoldAimForm';
import { PublishReportForm } from './PublishReportForm';
import { SubmitDocumentForm } from './SubmitDocumentForm';

/**
 * One AIM as the API answers it, and the forms of its next steps that the user's roles may run: before it is
 * held, its focus, documents and the meeting; once held, its report. In a past view (time travel) it only shows.
 */
export function AimDetail({ aimId, minPosition, writable, onRecorded }: { aimId: string; minPosition?: string; writable: boolean; onRecorded: (answer: CommandAnswer) => void }) {
  const { may } = useSession();
  const aim = useAim(aimId, minPosition);
  return (
    <QueryState query={aim} what="the AIM">
      {(answer) => (
        <Paper withBorder p="md" component="article" aria-labelledby={`aim-${answer.aimId}`} data-aim={answer.aimId}>
          <Stack gap="sm">
            <Title order={3} id={`aim-${answer.aimId}`}>
              AIM on {formatDate(answer.date)}
            </Title>
            <Text size="sm">
              {formatLabel(answer.format)}; {AIM_STATUSES[answer.status]?.toLowerCase() ?? answer.status}.{' '}
              {answer.focus === null ? 'No focus yet.' : `Focus ${answer.focusAgreed ? 'agreed' : 'proposed'}: ${answer.focus}`}
            </Text>
            {answer.reschedules.map((reschedule) => (
              <Text size="sm" key={reschedule.rescheduledOn + reschedule.date}>
                Moved from {formatDate(reschedule.previousDate)} to {formatDate(reschedule.date)}: {reschedule.reason}
              </Text>
            ))}
            <AimDocumentsTable aim={answer} />
            <AimOutcome aim={answer} />
            {writable && answer.status === 'scheduled' && (
              <>
                {may('aims.agree-focus') && <AgreeFocusForm aimId={answer.aimId} proposed={answer.focus} onRecorded={onRecorded} />}
                {may('aims.submit-document') && <SubmitDocumentForm aim={answer} onRecorded={onRecorded} />}
                {may('aims.hold') && <HoldAimForm aim={answer} onRecorded={onRecorded} />}
              </>
            )}
            {writable && answer.status === 'held' && answer.outcome !== null && may('aims.publish-report') && (
              <PublishReportForm aim={{ aimId: answer.aimId, heldOn: answer.outcome.heldOn }} onRecorded={onRecorded} />
            )}
          </Stack>
        </Paper>
      )}
    </QueryState>
  );
}
