import { Alert, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTierHistory, useTierRecommendation } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { QueryState } from '../../../components/QueryState';
import { useAcademyCommand } from '../../../forms/use-academy-command';
import { formatDate, tierLabel } from '../../../format/format';
import { decisionInForce, describeDecision } from './decision-in-force';
import { withApiError } from './field-props';
import { FormFooter } from './FormFooter';
import { academicYearOfDay, academicYearProblem, dateProblem, LONG_TEXT_LENGTH, nextAcademicYear, optionalTextProblem, textProblem, todayInLondon } from './form-rules';
import { TierRecommendationPanel } from './TierRecommendationPanel';

type Tier = 1 | 2 | 3;

interface Values {
  academicYear: string;
  /** The day the decision was made; empty for today. */
  decidedOn: string;
  tier: string;
  rationale: string;
}

function tierOf(value: string): Tier | null {
  return value === '1' ? 1 : value === '2' ? 2 : value === '3' ? 3 : null;
}

/**
 * Decides the academy's tier for a year (POST /academies/:id/tier-decisions): the recommendation of the tier
 * criteria first, with its reasons and any missing evidence; a rationale required when the tier chosen differs
 * from it; a second decision of a year shown as the revision it is, naming the decision it supersedes.
 */
export function TierDecisionForm({ academyId }: { academyId: string }) {
  const { may } = useSession();
  const command = useAcademyCommand('/academies/{id}/tier-decisions', academyId);
  const history = useTierHistory(academyId, may('tier-history.read'));
  const [notice, setNotice] = useState<string | null>(null);
  const today = todayInLondon();
  const recommended = useRef<Tier | null>(null);
  // The recommendation was read and names no tier: evidence is missing, and the API would refuse any.
  const unrecommended = useRef(false);
  const form = useForm<Values>({
    initialValues: { academicYear: academicYearOfDay(today), decidedOn: '', tier: '', rationale: '' },
    validate: {
      academicYear: (academicYear, values) => {
        const problem = academicYearProblem(academicYear);
        if (problem !== null) return problem;
        const latest = nextAcademicYear(academicYearOfDay(values.decidedOn === '' || dateProblem(values.decidedOn) !== null ? today : values.decidedOn));
        return academicYear.trim() > latest ? `Must be no later than the next academic year, ${latest}` : null;
      },
      decidedOn: (decidedOn) => (decidedOn === '' ? null : dateProblem(decidedOn, today)),
      tier: (tier) => (unrecommended.current ? 'No tier can be decided while evidence is missing: record the missing evidence first' : tierOf(tier) === null ? 'Choose a tier' : null),
      rationale: (rationale, values) => {
        const tier = tierOf(values.tier);
        const differs = tier !== null && recommended.current !== null && tier !== recommended.current;
        if (!differs) return optionalTextProblem(rationale, LONG_TEXT_LENGTH);
        const problem = textProblem(rationale, LONG_TEXT_LENGTH);
        return problem === 'Write something here' ? `Write why ${tierLabel(tier)} differs from the recommended ${tierLabel(recommended.current)}` : problem;
      },
    },
  });

  const values = form.getValues();
  const year = values.academicYear.trim();
  const decidedOn = values.decidedOn === '' ? null : values.decidedOn;
  const readable = academicYearProblem(year) === null && (decidedOn === null || dateProblem(decidedOn, today) === null);
  const recommendation = useTierRecommendation(academyId, readable ? year : null, readable ? decidedOn : null);
  recommended.current = readable ? (recommendation.data?.recommendedTier ?? null) : null;
  unrecommended.current = readable && recommendation.data !== undefined && recommendation.data.recommendedTier === null;
  const chosen = tierOf(values.tier);
  const override = chosen !== null && recommended.current !== null && chosen !== recommended.current;
  const inForce = readable ? decisionInForce(history.data, year) : null;

  const submit = form.onSubmit(async (submitted) => {
    setNotice(null);
    const tier = tierOf(submitted.tier);
    if (tier === null) return;
    const rationale = submitted.rationale.trim();
    const body = {
      academicYear: submitted.academicYear.trim(),
      tier,
      ...(rationale === '' ? {} : { rationale }),
      ...(submitted.decidedOn === '' ? {} : { decidedOn: submitted.decidedOn }),
    };
    const supersedes = inForce;
    const recommendedTier = recommended.current;
    const answer = await command.send(body);
    if (answer === null) return;
    const day = body.decidedOn === undefined ? 'today' : `on ${formatDate(body.decidedOn)}`;
    const how = recommendedTier === null || recommendedTier === tier ? 'as recommended' : `an override of the recommended ${tierLabel(recommendedTier)}, with its rationale`;
    const revision = supersedes === null ? '' : ` It supersedes the decision of ${formatDate(supersedes.decidedOn)} (${tierLabel(supersedes.tier)}).`;
    setNotice(`${tierLabel(tier)} decided for ${body.academicYear} ${day}: ${how}.${revision}`);
    form.setValues({ tier: '', rationale: '' });
  });

  return (
    <form aria-label="Decide a tier" noValidate onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Academic year" description="The year the tier applies to, for example 2024/25" required {...withApiError(form.getInputProps('academicYear'), command, 'academicYear')} />
          <TextInput
            type="date"
            label="Decided on"
            description="Leave empty for today; give the day for a decision made earlier"
            max={today}
            {...withApiError(form.getInputProps('decidedOn'), command, 'decidedOn')}
          />
        </SimpleGrid>
        {readable ? (
          <QueryState query={recommendation} what={`the recommendation for ${year}`}>
            {(answer) => <TierRecommendationPanel recommendation={answer} decidedOn={decidedOn} />}
          </QueryState>
        ) : (
          <Text c="dimmed">Give the academic year (and the day, if not today) to see the recommendation.</Text>
        )}
        {inForce !== null && (
          <Alert color="blue" title="This is a revision" role="note">
            {year} already has a decision in force: {describeDecision(inForce)}. Deciding again supersedes it; both stay in the tier history.
          </Alert>
        )}
        <Radio.Group label="Tier" required {...withApiError(form.getInputProps('tier'), command, 'tier')}>
          <Group mt="xs">
            {(['1', '2', '3'] as const).map((tier) => (
              <Radio key={tier} value={tier} label={`${tierLabel(Number(tier))}${recommended.current === Number(tier) ? ' (recommended)' : ''}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label="Rationale"
          required={override}
          description={
            override && chosen !== null
              ? `Required: ${tierLabel(chosen)} differs from the recommended ${tierLabel(recommended.current)}, so this decision is an override.`
              : 'Optional when the tier is the one recommended; kept with the decision.'
          }
          rows={4}
          {...withApiError(form.getInputProps('rationale'), command, 'rationale')}
        />
        <FormFooter command={command} notice={notice} label="Decide the tier" onRetry={() => void submit()} />
      </Stack>
    </form>
  );
}
