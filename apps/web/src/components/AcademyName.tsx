import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTimeTravel, withTravel } from '../time-travel/time-travel';

/** An academy by name, linked to its page (the same past kept), with its URN beside it. */
export function AcademyName({ academyId, name, link = true }: { academyId: string; name: string | null | undefined; link?: boolean }) {
  const { travel } = useTimeTravel();
  const label = name ?? `Academy ${academyId}`;
  return (
    <span>
      {link ? (
        <Anchor component={Link} to={withTravel(`/academies/${academyId}`, travel)}>
          {label}
        </Anchor>
      ) : (
        label
      )}{' '}
      <Text span size="xs" c="dimmed">
        URN {academyId}
      </Text>
    </span>
  );
}
