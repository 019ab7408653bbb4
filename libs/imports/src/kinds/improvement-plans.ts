import {
  DomainError,
  improvementPlanDecider,
  improvementPlanStreamId,
  KPI_NAMES,
  PLAN_ACTION_STATUSES,
  PLAN_OWNER_ROLES,
  type DecisionContext,
  type ImprovementPlanCommand,
  type ImprovementPlanEvent,
  type ImprovementPlanState,
  type PlanKpiTargetInput,
  type PlanOwner,
  type PlanOwnerInput,
  type PlanPriority,
} from '@trust/domain';
import { CellError, dateCell, optionalDateCell, optionalText, partsListCell, requiredText } from '../cells.js';
import type { ImportKind } from '../import-kind.js';
import { academicYearColumn, academyColumn, ensureAcademicYear, ensureAcademyId } from './columns.js';
import { importRecordId } from './import-record-id.js';

/**
 * One action of an academy's improvement plan, as a trust keeps its plans in a spreadsheet: a row per action,
 * each naming its priority. The priority's cells (evidence, KPIs, owners) are read from the row that adds it;
 * on its later rows they may be left empty (null here), or must be what the plan holds.
 */
export interface PlanActionRow {
  academyId: string;
  academicYear: string;
  priority: {
    title: string;
    evidence: string | null;
    targets: PlanKpiTargetInput[] | null;
    owners: PlanOwnerInput[] | null;
  };
  action: { description: string; owner: PlanOwnerInput; dueOn: string; status: string | null };
  /** The day the row's action was added (with the plan and priority it adds, and its status), for a plan entered after the fact; null: the day of the import. */
  addedOn: string | null;
}

/** The command a row becomes: the row, with the ids a new priority and the action are added under. */
type ImportedPlanAction = PlanActionRow & { type: 'ImportPlanAction'; priorityId: string; actionId: string };

/** How an owner is written, for the cells' descriptions and refusals. */
const OWNER_FORMAT = 'a role, or a member of staff written `name | staff id`';

/**
 * The plan decider of the API (improvementPlanDecider), driven as a spreadsheet row needs it: the plan drafted
 * when the academy has none for the year (DraftImprovementPlan), the priority added the first time its title
 * appears (AddPlanPriority; titles match in any case, as the plan keeps them unique), the action added to it
 * (AddPlanAction), then its status when the row gives one (AmendPlanAction). Each command is decided on the
 * plan as the commands before it left it, and the row's events are appended together, under one idempotency
 * key: a row is stored whole or not at all, and recognised whole when imported again. Every refusal is the
 * domain's (a closed year's among them), but a later row of a priority giving other evidence, KPIs or owners
 * than the plan holds: a row never silently changes a priority.
 */
const importedPlanDecider = {
  initialState: (): ImprovementPlanState => improvementPlanDecider.initialState(),
  evolve: (state: ImprovementPlanState, event: ImprovementPlanEvent): ImprovementPlanState => improvementPlanDecider.evolve(state, event),
  decide(command: ImportedPlanAction, state: ImprovementPlanState, context: DecisionContext): ImprovementPlanEvent[] {
    const { academyId, academicYear, priority, action, addedOn } = command;
    const events: ImprovementPlanEvent[] = [];
    let plan = state;
    const decide = (planCommand: ImprovementPlanCommand): void => {
      const decided = improvementPlanDecider.decide(planCommand, plan, context);
      for (const event of decided) plan = improvementPlanDecider.evolve(plan, event);
      events.push(...decided);
    };

    if (plan.status === 'none') decide({ type: 'DraftImprovementPlan', academyId, academicYear, draftedOn: addedOn });
    const held = priorityTitled(plan, priority.title);
    const priorityId = held?.priorityId ?? command.priorityId;
    if (held === undefined) {
      refuseMissing(priority);
      decide({
        type: 'AddPlanPriority',
        academyId,
        academicYear,
        priorityId,
        title: priority.title,
        evidence: priority.evidence ?? '',
        targets: priority.targets ?? [],
        owners: priority.owners ?? [],
        addedOn,
      });
    }
    decide({ type: 'AddPlanAction', academyId, academicYear, priorityId, actionId: command.actionId, description: action.description, owner: action.owner, dueOn: action.dueOn, addedOn });
    if (held !== undefined) refuseOtherContent(held, priority);
    if (action.status !== null) decide({ type: 'AmendPlanAction', academyId, academicYear, priorityId, actionId: command.actionId, status: action.status, amendedOn: addedOn });
    return events;
  },
};

/** The plan's priority with this title, in any case. */
function priorityTitled(state: ImprovementPlanState, title: string): PlanPriority | undefined {
  if (state.status === 'none') return undefined;
  const wanted = title.toLowerCase();
  return [...state.priorities.values()].find((priority) => priority.title.toLowerCase() === wanted);
}

/** The row that adds a priority gives its evidence and at least one owner. */
function refuseMissing(priority: PlanActionRow['priority']): void {
  const adds = `on the first row of priority "${priority.title}", which adds it to the plan`;
  if (priority.evidence === null) throw DomainError.invalid('evidence', `must not be empty ${adds}`);
  if (priority.owners === null) throw DomainError.invalid('owners', `must name at least one owner ${adds}`);
}

/** A later row of a priority repeats its cells, or leaves them empty: other values are refused, naming the column. */
function refuseOtherContent(held: PlanPriority, priority: PlanActionRow['priority']): void {
  const refuse = (field: string, what: string): never => {
    throw DomainError.invalid(
      field,
      `are not the ${what} of priority "${held.title}" as the plan holds them (from its first row, or recorded before): ` +
        "leave the cell empty on the priority's later rows; a priority is changed by amending it, not by another row",
    );
  };
  if (priority.evidence !== null && priority.evidence !== held.evidence) refuse('evidence', 'evidence');
  if (priority.targets !== null && !sameTargets(priority.targets, held.targets)) refuse('targets', 'KPIs and success criteria');
  if (priority.owners !== null && !sameOwners(priority.owners, held.owners)) refuse('owners', 'owners');
}

function sameTargets(given: readonly PlanKpiTargetInput[], held: readonly PlanKpiTargetInput[]): boolean {
  return given.length === held.length && given.every((target) => held.some((other) => other.kpi === target.kpi && other.successCriteria === target.successCriteria));
}

function sameOwners(given: readonly PlanOwnerInput[], held: readonly PlanOwner[]): boolean {
  const same = (input: PlanOwnerInput, owner: PlanOwner): boolean =>
    owner.kind === 'role' ? input.role === owner.role : input.staffId === owner.staffId && input.name === owner.name;
  return given.length === held.length && given.every((input) => held.some((owner) => same(input, owner)));
}

/** An owner's parts: `role`, or `name | staff id`. */
function ownerOf(parts: readonly string[], column: string): PlanOwnerInput {
  const roles = PLAN_OWNER_ROLES.join(', ');
  if (parts.length === 1) {
    const [role = ''] = parts;
    if (!PLAN_OWNER_ROLES.some((known) => known === role)) {
      throw new CellError(column, `"${role}" is not an owner's role (one of ${roles}); a member of staff is written \`name | staff id\``);
    }
    return { role };
  }
  if (parts.length === 2) {
    const [name = '', staffId = ''] = parts;
    if (PLAN_OWNER_ROLES.some((known) => known === staffId)) {
      throw new CellError(column, `"${parts.join(' | ')}" gives a role where the staff id goes: write the role alone (\`${staffId}\`), or a member of staff as \`name | staff id\``);
    }
    return { staffId, name };
  }
  throw new CellError(column, `must be ${OWNER_FORMAT}, got "${parts.join(' | ')}"`);
}

function kpiTargetsCell(cell: string | undefined): PlanKpiTargetInput[] | null {
  if (optionalText(cell) === null) return null;
  return partsListCell(cell).map(([kpi = '', ...criteria]) => {
    const successCriteria = criteria.join(' | ');
    if (successCriteria === '') throw new CellError('kpis', `must list KPIs as \`kpi | success criteria\`, separated by \`;\`, got "${kpi}"`);
    if (!KPI_NAMES.some((known) => known === kpi)) throw new CellError('kpis', `"${kpi}" is not a KPI of the academy card: one of ${KPI_NAMES.join(', ')}`);
    return { kpi, successCriteria };
  });
}

function priorityOwnersCell(cell: string | undefined): PlanOwnerInput[] | null {
  return optionalText(cell) === null ? null : partsListCell(cell).map((parts) => ownerOf(parts, 'priorityOwners'));
}

function actionOwnerCell(cell: string | undefined): PlanOwnerInput {
  const text = requiredText(cell, 'actionOwner');
  if (text.includes(';')) throw new CellError('actionOwner', `an action has one owner: ${OWNER_FORMAT}`);
  return ownerOf(text.split('|').map((part) => part.trim()), 'actionOwner');
}

/** The column each field of the plan's commands comes from (`owners[1].staffId` from `priorityOwners`). */
const FIELD_COLUMNS: ReadonlyMap<string, string> = new Map([
  ['title', 'priority'],
  ['evidence', 'evidence'],
  ['targets', 'kpis'],
  ['owners', 'priorityOwners'],
  ['description', 'action'],
  ['owner', 'actionOwner'],
  ['dueOn', 'dueOn'],
  ['status', 'status'],
  ['draftedOn', 'addedOn'],
  ['addedOn', 'addedOn'],
  ['amendedOn', 'addedOn'],
]);

const lowerCase = (text: string): string => text.toLowerCase();

/**
 * Academy improvement plans kept in a spreadsheet, one row per action (DraftImprovementPlan, AddPlanPriority,
 * AddPlanAction and AmendPlanAction, decided by the plan decider of the API). The rows of one plan run in file
 * order. A priority's id comes from its academy, year and title, an action's from the row's natural key, so the
 * same file imported again is the same plan, stored once.
 */
export const improvementPlansKind: ImportKind<PlanActionRow> = {
  name: 'improvement-plans',
  summary: "An action of an academy's improvement plan for an academic year, under its priority: the plan drafted and the priority added by their first row.",
  columns: [
    academyColumn,
    academicYearColumn,
    {
      name: 'priority',
      required: true,
      description: "The priority's title (one line). Rows with the same title, in any case, are actions of one priority; the first adds it to the plan, unless the plan has it already.",
      example: 'Raise the attendance of disadvantaged pupils',
    },
    {
      name: 'evidence',
      required: false,
      description: "The evidence for the priority: required on the priority's first row, when it is added; on its later rows empty, or the same.",
      example: 'Disadvantaged pupils attended 89.1% of sessions in 2023/24 against 94.2% for their peers.',
    },
    {
      name: 'kpis',
      required: false,
      description: `The KPIs of the academy card the priority targets, each \`kpi | success criteria\`, separated by \`;\` (empty on its first row: none). KPIs: ${KPI_NAMES.join(', ')}. On its later rows empty, or the same.`,
      example: 'attendance | Disadvantaged pupils attend 93% of sessions by July 2025',
    },
    {
      name: 'priorityOwners',
      required: false,
      description: `Who owns the priority, each ${OWNER_FORMAT} (the ledger's id of them), separated by \`;\`: at least one on its first row. Roles: ${PLAN_OWNER_ROLES.join(', ')}. On its later rows empty, or the same.`,
      example: 'senior-leader; Sam Senco | st-41',
    },
    { name: 'action', required: true, description: 'What is to be done. An action is imported once under its priority: two rows of a priority with the same action are refused.', example: 'First-day calls for every absence of a disadvantaged pupil' },
    { name: 'actionOwner', required: true, description: `Who owns the action, one only: ${OWNER_FORMAT}.`, example: 'Pat Pastoral | st-42' },
    { name: 'dueOn', required: true, description: 'The day the action is due: 31/10/2024 (day first) or 2024-10-31.', example: '31/10/2024' },
    { name: 'status', required: false, description: `Where the action stands: one of ${PLAN_ACTION_STATUSES.join(', ')} (empty: not-started).`, example: 'in-progress' },
    {
      name: 'addedOn',
      required: false,
      description:
        "The day the action was added to the plan (and, on a plan's or a priority's first row, the day the plan was drafted or the priority added; the status is dated the same day), " +
        "for a plan brought into the ledger after the fact, so that the plan read `on` a day shows it as it stood: 02/09/2024 or 2024-09-02. Not in the future, " +
        "and not before a day of the plan's earlier rows. Empty: the day of the import.",
      example: '02/09/2024',
    },
  ],
  read: (cells) => ({
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: ensureAcademicYear(cells['academicYear']),
    priority: {
      title: requiredText(cells['priority'], 'priority'),
      evidence: optionalText(cells['evidence']),
      targets: kpiTargetsCell(cells['kpis']),
      owners: priorityOwnersCell(cells['priorityOwners']),
    },
    action: {
      description: requiredText(cells['action'], 'action'),
      owner: actionOwnerCell(cells['actionOwner']),
      dueOn: dateCell(cells['dueOn'], 'dueOn'),
      status: optionalText(cells['status']),
    },
    addedOn: optionalDateCell(cells['addedOn'], 'addedOn'),
  }),
  naturalKey: (row) => JSON.stringify([row.academyId, row.academicYear, lowerCase(row.priority.title), lowerCase(row.action.description)]),
  // The rows of one plan (an academy's year) run in file order: the first drafts it, a priority's first adds it.
  lane: (row) => improvementPlanStreamId(row.academyId, row.academicYear),
  columnOf: (field) => FIELD_COLUMNS.get(/^[A-Za-z]+/.exec(field)?.[0] ?? field) ?? null,
  steps: async (row, lookups, key) => {
    await lookups.ensureAcademies([row.academyId]);
    const command: ImportedPlanAction = {
      type: 'ImportPlanAction',
      ...row,
      priorityId: importRecordId('plan-priority', planPriorityKey(row)),
      actionId: importRecordId('plan-action', key),
    };
    return [{ streamId: improvementPlanStreamId(row.academyId, row.academicYear), decider: importedPlanDecider, command }];
  },
};

/** What names a priority the import adds: its academy, year and title (in any case). */
export function planPriorityKey(row: Pick<PlanActionRow, 'academyId' | 'academicYear' | 'priority'>): string {
  return JSON.stringify([row.academyId, row.academicYear, lowerCase(row.priority.title)]);
}
