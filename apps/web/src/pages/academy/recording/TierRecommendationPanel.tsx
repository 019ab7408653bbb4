import { Alert, List, Paper, Stack, Text } from '@mantine/core';
import type { Schemas } from '../../../api/queries';
import { formatDate, tierLabel } from '../../../format/format';

type Recommendation = Schemas['TierRecommendationDto'];

/** What the tier criteria recommend, shown before the decision: the tier, the reasons citing the evidence, what is missing. */
export function TierRecommendationPanel({ recommendation, decidedOn }: { recommendation: Recommendation; decidedOn: string | null }) {
  const asAt = decidedOn === null ? 'on the evidence recorded now' : `on the evidence in effect on ${formatDate(decidedOn)}`;
  return (
    <Paper withBorder p="md" aria-label="Recommendation" role="region">
      <Stack gap="xs">
        {recommendation.recommendedTier === null ? (
          <Alert color="yellow" title="No tier can be recommended yet" role="note">
            No tier can be decided for {recommendation.academicYear} while evidence is missing: record it first.
          </Alert>
        ) : (
          <Text fw={700}>
            The tier criteria recommend {tierLabel(recommendation.recommendedTier)} for {recommendation.academicYear}, {asAt}.
          </Text>
        )}
        {recommendation.reasons.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Reasons
            </Text>
            <List size="sm" spacing={2}>
              {recommendation.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </>
        )}
        {recommendation.missing.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Missing evidence
            </Text>
            <List size="sm" spacing={2}>
              {recommendation.missing.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
