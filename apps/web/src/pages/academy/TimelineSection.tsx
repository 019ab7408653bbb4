import { Button, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { TIMELINE_PAGE, useTimeline } from '../../api/queries';
import { QueryError } from '../../components/QueryState';
import { eventLabel, formatDateTime, roleLabel, tierLabel } from '../../format/format';
import { KpiTable, yearsOf } from './KpiTable';

/** The governance board's replay: step through the academy's events and see the card as it stood after each. */
export function TimelineSection({ academyId }: { academyId: string }) {
  // null: the latest event, until the total is known.
  const [step, setStep] = useState<number | null>(null);
  const [offset, setOffset] = useState<number | null>(null);
  const first = useTimeline(academyId, offset ?? 0);
  const total = first.data?.total ?? 0;

  // Start at the latest event: once the count is known, load the page that holds it.
  useEffect(() => {
    if (step === null && total > 0) {
      setStep(total - 1);
      setOffset(Math.floor((total - 1) / TIMELINE_PAGE) * TIMELINE_PAGE);
    }
  }, [step, total]);

  const go = (next: number): void => {
    const bounded = Math.max(0, Math.min(total - 1, next));
    setStep(bounded);
    setOffset(Math.floor(bounded / TIMELINE_PAGE) * TIMELINE_PAGE);
  };

  const current = step === null || first.data === undefined || offset === null ? undefined : first.data.entries[step - offset];
  return (
    <Stack component="section" aria-labelledby="timeline">
      <Title order={2} id="timeline">
        Timeline
      </Title>
      {first.error !== null && <QueryError error={first.error} what="the timeline" />}
      {first.isPending && <Text role="status">Loading the timeline…</Text>}
      {total > 0 && step !== null && (
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
