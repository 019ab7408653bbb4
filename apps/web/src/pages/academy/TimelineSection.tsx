import { Button, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { TIMELINE_PAGE, useTimeline } from '../../api/queries';
import { QueryError } from '../../components/QueryState';
import { eventLabel, formatDateTime, roleLabel, tierLabel } from '../../format/format';
import { KpiTable, yearsOf } from './KpiTable';

/** The governance board's replay: step through the academy's events and see the card as it stood after each. */
export function TimelineSection({ academyId }: { academyId: string }) {
  // The replay starts at the academy's first event, as a board would go through it.
  const [step, setStep] = useState(0);
  const offset = Math.floor(step / TIMELINE_PAGE) * TIMELINE_PAGE;
  const page = useTimeline(academyId, offset);
  const total = page.data?.total ?? 0;
  const go = (next: number): void => setStep(Math.max(0, Math.min(total - 1, next)));

  const current = page.data?.entries[step - offset];
  return (
    <Stack component="section" aria-labelledby="timeline">
      <Title order={2} id="timeline">
        Timeline
      </Title>
      {page.error !== null && <QueryError error={page.error} what="the timeline" />}
      {page.isPending && <Text role="status">Loading the timeline…</Text>}
      {total > 0 && (
        <>
          <Group>
            <Button variant="default" onClick={() => go(step - 1)} disabled={step === 0}>
              Previous
            </Button>
            <Button variant="default" onClick={() => go(step + 1)} disabled={step >= total - 1}>
              Next
            </Button>
            <Text aria-live="polite" data-testid="timeline-position">
              Event {step + 1} of {total}
            </Text>
          </Group>
          <Slider
            min={1}
            max={total}
            value={step + 1}
            onChange={(value) => go(value - 1)}
            label={(value) => `Event ${value}`}
            thumbLabel="Event in the timeline"
            aria-label="Event in the timeline"
          />
          {current === undefined ? (
            <Text role="status">Loading the event…</Text>
          ) : (
            <Stack gap="xs" data-testid="timeline-event">
              <Text>
                <strong>{eventLabel(current.type)}</strong>, recorded {formatDateTime(current.recordedAt)} by {current.actor.userId} ({roleLabel(current.actor.role)})
              </Text>
              {current.card !== null && (
                <>
                  <Text size="sm">The card after it: {tierLabel(current.card.tier)}</Text>
                  {yearsOf(current.card.kpis)[0] !== undefined && (
                    <KpiTable kpis={current.card.kpis} year={yearsOf(current.card.kpis)[0]!} label="The card's KPIs after this event" />
                  )}
                </>
              )}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
