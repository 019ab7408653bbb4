import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { Schemas } from '../../../api/queries';
import { RagBadge } from '../../../components/RagBadge';
import { formatDate } from '../../../format/format';
import { AIM_HEADINGS, AIM_JUDGEMENTS, ATTENDEE_ROLES, isOneOf } from './aim-words';

const wordFor = <K extends string>(words: Record<K, string>, value: string): string => (isOneOf(words, value) ? words[value] : value);

/** What the AIM held recorded (who came, the judgements, priorities and next steps) and its report once published. */
export function AimOutcome({ aim }: { aim: Schemas['AimViewDto'] }) {
  const { outcome, report } = aim;
  if (outcome === null) return null;
  return (
    <Stack gap="xs">
      <Title order={4}>Held on {formatDate(outcome.heldOn)}</Title>
      <Text size="sm">
        Attended by{' '}
        {outcome.attendees.map((attendee) => `${attendee.name} (${wordFor(ATTENDEE_ROLES, attendee.role).toLowerCase()}${attendee.chair === true ? ', chair' : ''})`).join('; ')}.
      </Text>
      <Table withTableBorder aria-label="Judgements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Heading</Table.Th>
            <Table.Th scope="col">Judgement</Table.Th>
            <Table.Th scope="col">Comment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.judgements.map((judgement) => (
            <Table.Tr key={judgement.heading}>
              <Table.Th scope="row" fw={400}>
                {wordFor(AIM_HEADINGS, judgement.heading)}
              </Table.Th>
              <Table.Td>{wordFor(AIM_JUDGEMENTS, judgement.judgement)}</Table.Td>
              <Table.Td>{judgement.comment}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600}>Priorities</Text>
      <List size="sm" spacing={4}>
        {outcome.priorities.map((priority) => (
          <List.Item key={priority.priority}>
            {priority.priority} <RagBadge rag={priority.rag} />
          </List.Item>
        ))}
      </List>
      <Text fw={600}>Next steps</Text>
      <List size="sm" spacing={4}>
        {outcome.nextSteps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      {report !== null && (
        <>
          <Title order={4}>Report published on {formatDate(report.publishedOn)}</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.summary}
          </Text>
        </>
      )}
    </Stack>
  );
}
