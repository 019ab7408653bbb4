import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useExpertiseSearch, type ExpertiseSearch } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import type { CommandAnswer } from './expertise-commands';
import { entryOf } from './expertise-values';
import { areaLabel, type ExpertiseMatch } from './expertise-words';
import { ExpertiseMatches, type MatchAction } from './ExpertiseMatches';
import { ExpertiseSearchForm } from './ExpertiseSearchForm';
import { RegisterExpertiseForm } from './RegisterExpertiseForm';
import { UpdateExpertiseForm } from './UpdateExpertiseForm';
import { WithdrawExpertiseForm } from './WithdrawExpertiseForm';

/** The search, in the URL (`area`, `for`: the academy to support, `hub`), so a link or a refresh asks it again. */
function searchOf(params: URLSearchParams): ExpertiseSearch | null {
  const area = params.get('area');
  if (area === null || area.trim() === '') return null;
  const academyId = params.get('for');
  const hub = params.get('hub');
  return { area, ...(academyId === null ? {} : { excludeAcademyId: academyId }), ...(hub === null ? {} : { hub }) };
}

/**
 * The database of expertise: the improvement director searches it by area to broker support, lists staff
 * in it, keeps their entries current and withdraws those who can no longer offer support.
 */
export default function ExpertisePage() {
  const { may } = useSession();
  const [params, setParams] = useSearchParams();
  const search = searchOf(params);
  const [minPosition, setMinPosition] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<{ action: MatchAction; match: ExpertiseMatch } | null>(null);
  const matches = useExpertiseSearch(search, minPosition);
  const actions: MatchAction[] = [...(may('expertise.update') ? (['update'] as const) : []), ...(may('expertise.withdraw') ? (['withdraw'] as const) : [])];
  const recorded = (answer: CommandAnswer): void => setMinPosition(answer.position);

  const searchFor = (next: ExpertiseSearch): void => {
    setChosen(null);
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('area', next.area);
      for (const [key, value] of [['for', next.excludeAcademyId], ['hub', next.hub]] as const) {
        if (value === undefined) updated.delete(key);
        else updated.set(key, value);
      }
      return updated;
    });
  };

  return (
    <Stack gap="lg">
      <Title order={1}>Database of expertise</Title>
      <ExpertiseSearchForm search={search} onSearch={searchFor} />
      {search !== null && (
        <Stack component="section" aria-labelledby="matches">
          <Title order={2} id="matches">
            Staff offering {areaLabel(search.area).toLowerCase()}
          </Title>
          <QueryState query={matches} what="the database of expertise">
            {(answer) => <ExpertiseMatches matches={answer} actions={actions} onAction={(action, match) => setChosen({ action, match })} />}
          </QueryState>
          {chosen?.action === 'update' && <UpdateExpertiseForm key={chosen.match.staffId} entry={entryOf(chosen.match)} onRecorded={recorded} />}
          {chosen?.action === 'withdraw' && <WithdrawExpertiseForm key={chosen.match.staffId} staffId={chosen.match.staffId} name={chosen.match.name} onRecorded={recorded} />}
        </Stack>
      )}
      {search === null && <Text>Choose an area to find who can offer support in it.</Text>}
      {may('expertise.register') && <RegisterExpertiseForm onRecorded={recorded} />}
    </Stack>
  );
}
