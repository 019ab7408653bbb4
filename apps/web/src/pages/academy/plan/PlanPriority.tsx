import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useSession } from '../../../auth/SessionProvider';
import { RagBadge } from '../../../components/RagBadge';
import { formatDate, kpiLabel } from '../../../format/format';
import { ActionsTable } from './ActionsTable';
import { ActionStatusForm } from './ActionStatusForm';
import { AddActionForm } from './AddActionForm';
import { AmendPriorityForm } from './AmendPriorityForm';
import type { CommandAnswer, PlanKey } from './plan-commands';
import { ownerLabel, type PlanPriorityView } from './plan-words';
import { PriorityImpact } from './PriorityImpact';
import { RagHistoryTable } from './RagHistoryTable';
import { RatePriorityForm } from './RatePriorityForm';

type PriorityForm = 'rate' | 'action' | 'status' | 'amend';

const FORM_BUTTONS: Record<PriorityForm, string> = { rate: 'Rate this priority', action: 'Add an action', status: "Set an action's status", amend: 'Amend this priority' };

/**
 * One priority of the plan: its evidence, the KPIs it targets with what success is, its owners; its RAG history
 * beside its impact (each targeted KPI term by term against its target); its actions; and, for those who may,
 * its forms, one open at a time.
 */
export function PlanPriority({ plan, priority, writable, onRecorded }: { plan: PlanKey; priority: PlanPriorityView; writable: boolean; onRecorded: (answer: CommandAnswer) => void }) {
  const { may } = useSession();
  const [open, setOpen] = useState<PriorityForm | null>(null);
  const titleId = useId();
  const formsId = useId();
  const lastAmendment = priority.amendments.at(-1);
  const forms: PriorityForm[] = writable
    ? [...(may('improvement-plans.rate') ? (['rate'] as const) : []), ...(may('improvement-plans.amend') ? (['action', ...(priority.actions.length > 0 ? (['status'] as const) : []), 'amend'] as const) : [])]
    : [];

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} data-priority={priority.priorityId}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} id={titleId}>
            {priority.title}
          </Title>
          {priority.currentRating === null ? (
            <Badge color="gray.3" c="black" variant="filled" radius="sm">
              Not rated
            </Badge>
          ) : (
            <RagBadge rag={priority.currentRating} />
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            Evidence:{' '}
          </Text>
          {priority.evidence}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            Owners:{' '}
          </Text>
          {priority.owners.map(ownerLabel).join('; ')}
        </Text>
        {priority.targets.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              KPIs targeted
            </Text>
            <List size="sm" spacing={2}>
              {priority.targets.map((target) => (
                <List.Item key={target.kpi}>
                  {kpiLabel(target.kpi)}: {target.successCriteria}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="sm" c="dimmed">
          Added on {formatDate(priority.addedOn)}
          {priority.addedAtAimId === null ? '' : ' at an AIM'}
          {lastAmendment === undefined
            ? '.'
            : `; amended ${priority.amendments.length === 1 ? 'once' : `${priority.amendments.length} times`}, last on ${formatDate(lastAmendment.amendedOn)}${lastAmendment.aimId === null ? '' : ' at an AIM'}.`}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <RagHistoryTable priority={priority} />
          <PriorityImpact priority={priority} />
        </SimpleGrid>
        <ActionsTable priority={priority} />
        {forms.length > 0 && (
          <div className="no-print">
            <Group gap="xs">
              {forms.map((form) => (
                <Button key={form} size="xs" variant={open === form ? 'filled' : 'default'} aria-expanded={open === form} aria-controls={formsId} onClick={() => setOpen(open === form ? null : form)}>
                  {FORM_BUTTONS[form]}
                </Button>
              ))}
            </Group>
            <div id={formsId}>
              {open === 'rate' && <RatePriorityForm plan={plan} priorityId={priority.priorityId} onRecorded={onRecorded} />}
              {open === 'action' && <AddActionForm plan={plan} priorityId={priority.priorityId} onRecorded={onRecorded} />}
              {open === 'status' && <ActionStatusForm plan={plan} priorityId={priority.priorityId} actions={priority.actions} onRecorded={onRecorded} />}
              {open === 'amend' && <AmendPriorityForm plan={plan} priority={priority} onRecorded={onRecorded} />}
            </div>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
