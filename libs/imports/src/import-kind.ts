import type { DecisionContext, DomainEvent, ImprovementPlanLookUp, RateCard } from '@trust/domain';
import type { CommandDecider, TypedCommand } from '@trust/event-store';

/** One column of a kind's file. */
export interface ImportColumn {
  name: string;
  /** A required column must be in the header, and its cell filled on every row. */
  required: boolean;
  /** What the cell holds and how it is written (the template and docs/IMPORTS.md show it). */
  description: string;
  /** The cell of the template's example row. */
  example: string;
}

/** One command a row becomes, on the stream it is decided on: what the API's handler would run. */
export interface ImportStep {
  streamId: string;
  // The deciders differ in command, event and state: each step pairs a decider with its own command.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  decider: CommandDecider<any, DomainEvent, any, DecisionContext>;
  command: TypedCommand;
}

/** What a row may need to know before it becomes commands, read from the event store (and, in a check, from the file's earlier rows). */
export interface ImportLookups {
  /** Resolves when every academy is registered; otherwise throws a not-found DomainError naming the first that is not. */
  ensureAcademies(academyIds: readonly string[]): Promise<void>;
  /** The rate card set for an academic year, or null (the default rates apply). */
  rateCardInForce(academicYear: string): Promise<RateCard | null>;
  /** An academy's improvement plan for an academic year, as an AIM's priorities are checked against it (drafted false when it has none). */
  improvementPlan(academyId: string, academicYear: string): Promise<ImprovementPlanLookUp>;
}

/** The cells of one row, by column name (a column absent from the header reads as empty). */
export type RowCells = Readonly<Record<string, string>>;

/**
 * A kind of file: its columns, how a row is read, which row is which (its natural key), and the commands it
 * becomes. The steps of one row run in order; rows of one lane run in file order, lanes side by side.
 */
export interface ImportKind<Row = unknown> {
  name: string;
  /** One line: what a row of this file is. */
  summary: string;
  columns: readonly ImportColumn[];
  /** Reads the cells (throwing a CellError naming the column) into the row. */
  read(cells: RowCells): Row;
  /**
   * What makes the row this row (`138201 attendance 2024/25 autumn`): the same row imported again is
   * recognised by it and stored once. Two rows of one file with the same key are refused.
   */
  naturalKey(row: Row): string;
  /** Rows with the same lane (usually the stream they write) run in file order; others may run side by side. */
  lane(row: Row): string;
  /** The commands the row becomes; `key` is the row's planned key (its natural key, with its repeat count where repeats are allowed). */
  steps(row: Row, lookups: ImportLookups, key: string): Promise<ImportStep[]>;
  /** The column a field refused by the domain came from (`heldOn` from `heldOn`, `attendees[1].role` from `attendees`). */
  columnOf?(field: string): string | null;
  /** Set when rows may repeat exactly (two recharges alike on one day): the nth repeat is told from the first by its count. */
  repeatsAllowed?: boolean;
}

/**
 * A kind whose row type is forgotten: what the engine handles. The engine hands a kind only rows its own
 * `read` made, and a kind's methods take their row bivariantly, so any kind is one of these.
 */
export type AnyImportKind = ImportKind;
