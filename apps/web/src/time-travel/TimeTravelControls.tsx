import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { instantFromLocal, isTravelling, localFromInstant, useTimeTravel } from './time-travel';

/** "As recorded on" (what the ledger knew then), "As at" (the world on that date) and "Now", on every page. */
export function TimeTravelControls() {
  const { travel, setTravel } = useTimeTravel();
  const [recorded, setRecorded] = useState(travel.asOf === undefined ? '' : localFromInstant(travel.asOf));
  const [at, setAt] = useState(travel.on ?? '');

  useEffect(() => setRecorded(travel.asOf === undefined ? '' : localFromInstant(travel.asOf)), [travel.asOf]);
  useEffect(() => setAt(travel.on ?? ''), [travel.on]);

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" component="form" aria-label="Time travel" onSubmit={(event) => event.preventDefault()}>
      <TextInput
        label="As recorded on"
        type="datetime-local"
        size="xs"
        value={recorded}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setRecorded(value);
          if (value === '') {
            const { asOf: _cleared, ...rest } = travel;
            setTravel(rest);
            return;
          }
          const instant = instantFromLocal(value);
          if (instant !== null) setTravel({ ...travel, asOf: instant });
        }}
      />
      <TextInput
        label="As at"
        type="date"
        size="xs"
        value={at}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setAt(value);
          if (value === '') {
            const { on: _cleared, ...rest } = travel;
            setTravel(rest);
          } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setTravel({ ...travel, on: value });
        }}
      />
      <Button size="xs" variant="default" disabled={!isTravelling(travel)} onClick={() => setTravel({})}>
        Now
      </Button>
    </Group>
  );
}
