import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { dataOf } from '../api/client';
import { useSession } from '../auth/SessionProvider';
import { formatDate, formatDateTime } from '../format/format';
import { useTimeTravel } from '../time-travel/time-travel';
import { pinnedTravel, reproducingAddress, type PackPosition } from './board-pack';

/**
 * **Print board pack**, and the heading the printed pages carry: what the pack is, the "as recorded on"
 * moment and the position of the history it shows, its "as at" date, and the address that reproduces it.
 * A view of now is first pinned to the moment of the latest event, so the printed figures are those of
 * that moment for good; the browser's print dialog opens once the page has read them.
 */
export function PrintBoardPack({ title }: { title: string }) {
  const { api } = useSession();
  const { travel, setTravel } = useTimeTravel();
  const location = useLocation();
  const fetching = useIsFetching();
  const [pack, setPack] = useState<PackPosition | null>(null);
  const [printing, setPrinting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!printing || fetching > 0 || pack === null || travel.asOf === undefined) return;
    setPrinting(false);
    window.print();
  }, [printing, fetching, pack, travel.asOf]);

  const print = async (): Promise<void> => {
    setFailure(null);
    try {
      const latest = dataOf(await api.GET('/audit/position', { params: { query: travel.asOf === undefined ? {} : { asOf: travel.asOf } } }));
      setPack(latest);
      const pinned = pinnedTravel(travel, latest);
      if (pinned.asOf !== travel.asOf) setTravel(pinned);
      setPrinting(pinned.asOf !== undefined);
      if (pinned.asOf === undefined) window.print();
    } catch (error: unknown) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <div className="no-print">
        <Button size="xs" variant="default" onClick={() => void print()} loading={printing}>
          Print board pack
        </Button>
        {failure !== null && (
          <Alert color="red" role="alert" mt="xs">
            The pack could not be prepared: {failure}
          </Alert>
        )}
      </div>
      <Stack gap={2} className="print-only" data-testid="board-pack-heading">
        <Title order={2}>{title}: board pack</Title>
        {travel.asOf !== undefined && (
          <Text size="sm">
            As recorded on {formatDateTime(travel.asOf)} ({travel.asOf}){pack !== null && `, position ${pack.position}`}: what the ledger knew then.
          </Text>
        )}
        <Text size="sm">{travel.on === undefined ? 'As at the day it was recorded.' : `As at ${formatDate(travel.on)}.`}</Text>
        <Text size="sm">Reproduce it at {reproducingAddress(window.location.origin, `/app${location.pathname}`, location.search, travel)}</Text>
      </Stack>
    </>
  );
}
