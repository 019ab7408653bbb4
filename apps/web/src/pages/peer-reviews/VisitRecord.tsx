import { Badge, List, Stack, Text, Title } from '@mantine/core';
import { COLOURS } from '../../app/colours';
import { RagBadge } from '../../components/RagBadge';
import { formatDate } from '../../format/format';
import type { PeerReviewGroup, PeerReviewVisit } from './peer-review-commands';
import { headteacherName } from './visit-part';

const ROLE_WORDS: Record<string, string> = { host: 'host', lead: 'lead headteacher', reviewer: 'visiting headteacher', facilitator: 'facilitator' };

/** Who recorded something on the visit, in words. */
function byWhom(group: PeerReviewGroup, person: { personId: string; role: string } | null): string {
  if (person === null) return 'a visitor';
  return `${headteacherName(group, person.personId)} (${ROLE_WORDS[person.role] ?? person.role})`;
}

/** What the visit's readers may see: its focus, each visitor's observations, the concerns flagged, the record and the report. */
export function VisitRecord({ group, visit }: { group: PeerReviewGroup; visit: PeerReviewVisit }) {
  return (
    <Stack gap="xs">
      <Title order={4}>Focus</Title>
      {visit.focus === null ? (
        <Text size="sm">Not set yet (due by {formatDate(visit.focusDueOn)}).</Text>
      ) : (
        <List size="sm">
          {visit.focus.aspects.map((aspect) => (
            <List.Item key={aspect.aspect}>
              {aspect.aspect} <RagBadge rag={aspect.rag} />
            </List.Item>
          ))}
        </List>
      )}
      <Title order={4}>Observations</Title>
      {visit.observations.length === 0 && <Text size="sm">None recorded yet.</Text>}
      {visit.observations.map((record, index) => (
        <Stack gap={2} key={`${record.recordedOn}-${index}`}>
          <Text size="sm" fw={600}>
            {byWhom(group, record.recordedBy)}, {formatDate(record.recordedOn)}
          </Text>
          <List size="sm">
            {record.observations.map((observation) => (
              <List.Item key={observation}>{observation}</List.Item>
            ))}
          </List>
        </Stack>
      ))}
      {visit.safeguardingConcerns.length > 0 && (
        <>
          <Title order={4}>Safeguarding concerns</Title>
          <List size="sm">
            {visit.safeguardingConcerns.map((concern) => (
              <List.Item key={concern.concernId}>
                <Badge color={COLOURS.bad} mr="xs">
                  Flagged
                </Badge>
                {concern.concern} ({byWhom(group, concern.raisedBy)}, {formatDate(concern.flaggedOn)})
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Title order={4}>Feedback and actions</Title>
      {visit.findings === null ? (
        <Text size="sm">The visit is not recorded held yet.</Text>
      ) : (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {visit.findings.feedback}
          </Text>
          <List size="sm">
            {visit.findings.actionsForNextAim.map((action) => (
              <List.Item key={action}>{action}</List.Item>
            ))}
          </List>
          <Text size="sm">
            Recorded by {byWhom(group, visit.findings.recordedBy)} on {formatDate(visit.findings.recordedOn)}.
          </Text>
        </>
      )}
      <Title order={4}>Report</Title>
      {visit.report === null ? (
        <Text size="sm">Not submitted yet (due by {formatDate(visit.reportDueOn)}).</Text>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {visit.report.summary} (submitted {formatDate(visit.report.submittedOn)}
          {visit.report.late ? ', late' : ''})
        </Text>
      )}
    </Stack>
  );
}
