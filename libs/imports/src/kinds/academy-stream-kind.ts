import { academyDecider, academyStreamId, type AcademyCommand, type EvidenceCommand } from '@trust/domain';
import type { ImportColumn, ImportKind, RowCells } from '../import-kind.js';

type AcademyStreamCommand = AcademyCommand | EvidenceCommand;

/**
 * A kind whose row is one command on its academy's stream, decided by the academy decider (as the API's
 * onAcademyStream): the rows of one academy run in file order.
 */
export function academyStreamKind<Command extends AcademyStreamCommand>(kind: {
  name: string;
  summary: string;
  columns: readonly ImportColumn[];
  read(cells: RowCells): Command;
  naturalKey(row: Command): string;
  columnOf?(field: string): string | null;
}): ImportKind<Command> {
  return {
    ...kind,
    lane: (row) => academyStreamId(row.academyId),
    steps: async (row) => [{ streamId: academyStreamId(row.academyId), decider: academyDecider, command: row }],
  };
}
