import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAcademyCard, useAims, useImprovementPlan } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { useYear, YearSelect } from '../../components/YearSelect';
import { academicYearOf, formatDate } from '../../format/format';
import { isTravelling, useTimeTravel } from '../../time-travel/time-travel';
import { AddPriorityForm } from './plan/AddPriorityForm';
import { ClosePlanYearForm } from './plan/ClosePlanYearForm';
import { CommitmentsTable } from './plan/CommitmentsTable';
import { CommitSupportForm } from './plan/CommitSupportForm';
import { ConfirmPlanForm } from './plan/ConfirmPlanForm';
import { DraftPlanForm } from './plan/DraftPlanForm';
import type { CommandAnswer, PlanKey } from './plan/plan-commands';
import { PLAN_STATUSES, wordFor, type PlanView } from './plan/plan-words';
import { PlanPriority } from './plan/PlanPriority';

/** The permissions of the plan's forms: any of them shows the "forms are for the present" line in a past view. */
const PLAN_COMMANDS = ['improvement-plans.draft', 'improvement-plans.amend', 'improvement-plans.rate', 'improvement-plans.confirm', 'improvement-plans.close', 'improvement-plans.commit-support'];

const STATUS_COLOURS: Record<string, string> = { draft: 'gray.3', confirmed: 'indigo.8', closed: 'dark.6' };

/** Where the plan stands, in words: drafted, each confirmation (at an AIM or through governance), closed. */
function PlanStatus({ plan, aimDates }: { plan: PlanView; aimDates: Map<string, string> }) {
  const confirmations = plan.confirmations.map((confirmation) => {
    const aimDate = confirmation.aimId === null ? undefined : aimDates.get(confirmation.aimId);
    const where = confirmation.aimId === null ? 'through governance' : aimDate === undefined ? 'at an AIM' : `at the AIM on ${formatDate(aimDate)}`;
    return `confirmed on ${formatDate(confirmation.confirmedOn)} ${where}`;
  });
  return (
    <Group gap="sm" align="center">
      <Badge color={STATUS_COLOURS[plan.status] ?? 'gray.3'} c={plan.status === 'draft' ? 'black' : 'white'} variant="filled" radius="sm" data-plan-status={plan.status}>
        {wordFor(PLAN_STATUSES, plan.status)}
      </Badge>
      <Text size="sm">
        The {plan.academicYear} plan: drafted on {formatDate(plan.draftedOn)}
        {confirmations.length === 0 ? '' : `; ${confirmations.join('; ')}`}
        {plan.closedOn === null ? '' : `; its year closed on ${formatDate(plan.closedOn)}`}.
      </Text>
    </Group>
  );
}

/**
 * The academy's improvement plan for the academic year chosen, as the plan's read model holds it (as recorded
 * on, and as at, the page's time travel): its status, each priority with its evidence, targets, owners, RAG
 * history, impact and actions, and the support committed with what delivered it. The forms, for the roles the
 * API lets run each command, record in the present only; what they record is read back at its position.
 */
export function ImprovementPlanSection({ academyId }: { academyId: string }) {
  const { may } = useSession();
  const { travel } = useTimeTravel();
  const [year] = useYear();
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const plan = useImprovementPlan(academyId, year, true, minPosition);
  const aims = useAims(academyId, may('aims.list'));
  const card = useAcademyCard(academyId);
  const writable = !isTravelling(travel);
  const recorded = (answer: CommandAnswer): void => setMinPosition(answer.position);
  const key: PlanKey = { academyId, academicYear: year };

  // The AIMs of the plan's year that have been held: where a plan is confirmed, and how a confirmation is named.
  const heldAims = (aims.data ?? [])
    .filter((aim) => aim.outcome !== null && academicYearOf(new Date(`${aim.outcome.heldOn}T12:00:00`)) === year)
    .map((aim) => ({ aimId: aim.aimId, date: aim.outcome?.heldOn ?? aim.date }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const aimDates = new Map((aims.data ?? []).map((aim) => [aim.aimId, aim.outcome?.heldOn ?? aim.date]));
  const tier = card.data?.tierAcademicYear === year ? (card.data.tier ?? null) : null;

  return (
    <Stack component="section" aria-labelledby="improvement-plan">
      <Title order={2} id="improvement-plan">
        Improvement plan
      </Title>
      <YearSelect label="Year of the plan" />
      <QueryState query={plan} what={`the improvement plan for ${year}`}>
        {(answer) =>
          answer === null ? (
            <>
              <Text data-testid="no-plan">
                {isTravelling(travel) ? `No improvement plan for ${year} in this view: none had been drafted.` : `This academy has no improvement plan for ${year}.`}
              </Text>
              {writable && may('improvement-plans.draft') && <DraftPlanForm academyId={academyId} academicYear={year} onRecorded={recorded} />}
            </>
          ) : (
            <>
              <PlanStatus plan={answer} aimDates={aimDates} />
              {answer.priorities.length === 0 && <Text>No priority yet.</Text>}
              {answer.priorities.map((priority) => (
                <PlanPriority key={priority.priorityId} plan={key} priority={priority} writable={writable && answer.status !== 'closed'} onRecorded={recorded} />
              ))}
              <CommitmentsTable plan={answer} />
              {writable && answer.status === 'closed' && PLAN_COMMANDS.some(may) && (
                <Alert color="gray" role="status">
                  The year is closed: nothing more is recorded on this plan.
                </Alert>
              )}
              {writable && answer.status !== 'closed' && (
                <div className="no-print">
                  <Stack>
                    {may('improvement-plans.amend') && <AddPriorityForm plan={key} onRecorded={recorded} />}
                    {may('improvement-plans.commit-support') && answer.priorities.length > 0 && (
                      <CommitSupportForm plan={key} priorities={answer.priorities.map(({ priorityId, title }) => ({ priorityId, title }))} tier={tier} onRecorded={recorded} />
                    )}
                    {may('improvement-plans.confirm') && answer.priorities.length > 0 && (
                      <ConfirmPlanForm plan={key} aims={heldAims} confirmedBefore={answer.confirmations.length > 0} onRecorded={recorded} />
                    )}
                    {may('improvement-plans.close') && <ClosePlanYearForm plan={key} onRecorded={recorded} />}
                  </Stack>
                </div>
              )}
            </>
          )
        }
      </QueryState>
      {!writable && PLAN_COMMANDS.some(may) && <Text size="sm">The plan's forms are for the present: choose Now to record.</Text>}
    </Stack>
  );
}
