import { Paper, Stack, Text, Title } from '@mantine/core';
import { usePeerReviewVisit } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../format/format';
import { ObservationsForm } from './ObservationsForm';
import type { CommandAnswer, PeerReviewGroup } from './peer-review-commands';
import { academyNameIn, headteacherName, visitPartOf } from './visit-part';
import { VisitFocusForm } from './VisitFocusForm';
import { VisitHeldForm } from './VisitHeldForm';
import { VisitRecord } from './VisitRecord';
import { VisitReportForm } from './VisitReportForm';

/**
 * One visit, confidential to its attendees, the chief executive and the host's chair of governors (the API
 * answers anyone else as if it did not exist), and the forms of the part the user plays in it: the host sets
 * the focus; each visitor records their observations; the lead (or the facilitator) records it held; the lead
 * submits the report.
 */
export function VisitDetail({ group, visitId, minPosition, onRecorded }: { group: PeerReviewGroup; visitId: string; minPosition?: string; onRecorded: (answer: CommandAnswer) => void }) {
  const { me, may } = useSession();
  const visit = usePeerReviewVisit(group.groupId, visitId, minPosition);
  return (
    <QueryState query={visit} what="this visit's record">
      {(answer) => {
        const part = visitPartOf(answer, me);
        const host = academyNameIn(group, answer.hostAcademyId);
        const ids = { groupId: group.groupId, visitId: answer.visitId };
        return (
          <Paper withBorder p="md" component="article" aria-labelledby={`visit-${answer.visitId}`}>
            <Stack gap="sm">
              <Title order={3} id={`visit-${answer.visitId}`}>
                Visit to {host} on {formatDate(answer.visitDate)}
              </Title>
              <Text size="sm">
                Led by {headteacherName(group, answer.leadHeadteacherId)}; visiting {answer.reviewerIds.map((id) => headteacherName(group, id)).join(', ')}
                {answer.facilitatorUserId === null ? '' : `; facilitated by ${answer.facilitatorUserId}`}.{part === null ? '' : ` You are the ${part === 'lead' ? 'lead headteacher' : part === 'reviewer' ? 'visiting headteacher' : part}.`}
              </Text>
              <VisitRecord group={group} visit={answer} />
              {part === 'host' && answer.findings === null && may('peer-reviews.set-focus') && <VisitFocusForm visit={{ ...ids, hostAcademyId: answer.hostAcademyId, academicYear: answer.academicYear }} onRecorded={onRecorded} />}
              {(part === 'lead' || part === 'reviewer' || part === 'facilitator') && may('peer-reviews.observe') && <ObservationsForm {...ids} onRecorded={onRecorded} />}
              {(part === 'lead' || part === 'facilitator') && answer.findings === null && may('peer-reviews.record') && <VisitHeldForm {...ids} onRecorded={onRecorded} />}
              {part === 'lead' && answer.findings !== null && answer.report === null && may('peer-reviews.report') && (
                <VisitReportForm visit={{ ...ids, visitDate: answer.visitDate, afterTheFact: answer.scheduledOn !== null && answer.visitDate < answer.scheduledOn }} onRecorded={onRecorded} />
              )}
            </Stack>
          </Paper>
        );
      }}
    </QueryState>
  );
}
