import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useAcademies, type ExpertiseSearch } from '../../api/queries';
import { textProblem } from '../../forms/shape-rules';
import { EXPERTISE_AREAS, isKey } from './expertise-words';

/** The sentinel of the area select meaning "another area, written below". */
const ANOTHER = '__another__';
const AREA_LENGTH = 100;

interface SearchValues {
  area: string;
  anotherArea: string;
  academyId: string;
}

const AREA_CHOICES = [
  { value: '', label: 'Choose an area' },
  ...Object.entries(EXPERTISE_AREAS).map(([value, label]) => ({ value, label })),
  { value: ANOTHER, label: 'Another area (write it)' },
];

/** What to search for: an area (a known one, or any words matched against other areas), and the academy to support. */
export function ExpertiseSearchForm({ search, onSearch }: { search: ExpertiseSearch | null; onSearch: (search: ExpertiseSearch) => void }) {
  const academies = useAcademies();
  const known = search === null || isKey(EXPERTISE_AREAS, search.area);
  const form = useForm<SearchValues>({
    initialValues: { area: search === null ? '' : known ? search.area : ANOTHER, anotherArea: known || search === null ? '' : search.area, academyId: search?.excludeAcademyId ?? '' },
    validate: {
      area: (value) => (value === '' ? 'Choose the area to search for' : null),
      anotherArea: (value, values) => (values.area === ANOTHER ? textProblem(value, AREA_LENGTH, 'the area') : null),
    },
  });
  const academyChoices = [
    { value: '', label: 'Any (no academy to support)' },
    ...[...(academies.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((academy) => ({ value: academy.academyId, label: `${academy.name} (URN ${academy.academyId})` })),
  ];

  const submit = form.onSubmit((values) => {
    const academy = academies.data?.find((candidate) => candidate.academyId === values.academyId);
    onSearch({
      area: values.area === ANOTHER ? values.anotherArea.trim() : values.area,
      ...(academy === undefined ? {} : { excludeAcademyId: academy.academyId, hub: academy.hub }),
    });
  });

  return (
    <Paper withBorder p="md" component="form" aria-labelledby="search-expertise" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} id="search-expertise">
          Search
        </Title>
        <NativeSelect label="Area" withAsterisk data={AREA_CHOICES} {...form.getInputProps('area')} />
        {form.values.area === ANOTHER && <TextInput label="Another area" description="Matched against the other areas staff list." withAsterisk {...form.getInputProps('anotherArea')} />}
        <NativeSelect
          label="Academy to support"
          description="Its own staff are left out; staff of its hub come first."
          data={academyChoices}
          {...form.getInputProps('academyId')}
        />
        <Group>
          <Button type="submit">Search</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
