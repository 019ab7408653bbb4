/**
 * Commands on one academy's improvement budget for one academic year, with input as it arrives from a
 * client (docs/API-CONVENTIONS.md).
 */

export type AgreeImprovementBudget = {
  type: 'AgreeImprovementBudget';
  academyId: string;
  academicYear: string;
  amountPence: number;
  /** Who agreed it: among them the headteacher, improvement director, chief executive and finance director. */
  agreedBy: readonly { name: string; role: string }[];
};

export type ImprovementBudgetCommand = AgreeImprovementBudget;
