import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '../../api/queries';
import { formatDate, formatDateTime, roleLabel, tierLabel } from '../../format/format';
import { COLOURS } from '../../app/colours';

type Decision = Schemas['TierHistoryEntryDto'];

function Evidence({ evidence }: { evidence: Decision['evidence'] }) {
  const items: string[] = [];
  if (evidence.inspection !== null) {
    const grade = evidence.inspection.overallEffectiveness ?? Object.entries(evidence.inspection.grades ?? {}).map(([area, value]) => `${area.replace(/-/g, ' ')} ${value.replace(/-/g, ' ')}`).join(', ');
    items.push(`Inspection of ${formatDate(evidence.inspection.inspectedOn)} (${evidence.inspection.framework}): ${grade.replace(/-/g, ' ')}`);
  } else items.push('Inspection: none recorded by then');
  for (const outcome of evidence.outcomes) items.push(`Outcomes ${outcome.academicYear}: ${outcome.direction}`);
  if (evidence.annualReview !== null) items.push(`Annual review ${evidence.annualReview.academicYear}: capacity to improve ${evidence.annualReview.capacityToImprove ? 'yes' : 'no'}`);
  if (evidence.riskAssessment !== null) items.push(`Risk assessment of ${formatDate(evidence.riskAssessment.assessedOn)}: ${evidence.riskAssessment.level}`);
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** Every decision, as it was made: the evidence then known, the recommendation and its reasons, who decided and why. */
export function TierHistorySection({ history }: { history: Decision[] }) {
  const ordered = [...history].sort((a, b) => b.academicYear.localeCompare(a.academicYear) || b.decidedOn.localeCompare(a.decidedOn) || b.recordedAt.localeCompare(a.recordedAt));
  return (
    <Stack component="section" aria-labelledby="tier-history">
      <Title order={2} id="tier-history">
        Tier history
      </Title>
      {ordered.length === 0 && <Text>No tier has been decided.</Text>}
      {ordered.map((decision) => (
        <Card withBorder key={decision.decisionId} component="article" aria-label={`${decision.academicYear}: ${tierLabel(decision.tier)}`} data-decision={decision.decisionId}>
          <Group gap="sm" mb="xs">
            <Text fw={700}>
              {decision.academicYear}: {tierLabel(decision.tier)}
            </Text>
            <Text size="sm">recommended {tierLabel(decision.recommendedTier)}</Text>
            {decision.override && <Badge color={COLOURS.warning}>Override</Badge>}
            {decision.supersededBy !== null ? (
              <Badge color={COLOURS.neutral} variant="outline">
                Superseded
              </Badge>
            ) : (
              <Badge color={COLOURS.good} variant="outline">
                In force
              </Badge>
            )}
          </Group>
          {decision.rationale !== null && (
            <Text mb="xs">
              <strong>Rationale:</strong> {decision.rationale}
            </Text>
          )}
          <Text size="sm" fw={600}>
            Reasons
          </Text>
          <List size="sm" spacing={2} mb="xs">
            {decision.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600}>
            Evidence known then
          </Text>
          <Evidence evidence={decision.evidence} />
          <Text size="sm" mt="xs">
            Decided by {decision.decidedBy.name} ({roleLabel(decision.decidedBy.role)}) on {formatDate(decision.decidedOn)}; recorded {formatDateTime(decision.recordedAt)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
