import { ApiProperty } from '@nestjs/swagger';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

// OpenAPI documentation of the recharge-ledger read model (projections/recharge-ledger) as the API answers it.

export class LedgerLineDto {
  @ApiProperty({ example: '0b5c3e1a-8f9d-5c2b-9a7e-3d4f5a6b7c8d' }) rechargeId!: string;
  @ApiProperty({ format: 'date', description: 'The day the support was delivered, or the day the recharge was reversed.', example: '2024-11-12' }) date!: string;
  @ApiProperty({ description: 'The year the line counts in: a reversal\'s is its recharge\'s.', example: '2024/25' }) academicYear!: string;
  @ApiProperty({
    description: '`academy:<URN>:improvement-spend`, `academy:<URN>:improvement-income` or `trust-centre:improvement-income`.',
    example: 'academy:138201:improvement-spend',
  })
  account!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The academy whose account it is; null for the trust centre.', example: '138201' }) academyId!: string | null;
  @ApiProperty({ type: 'integer', description: 'Integer pence.', example: 37_500 }) debitPence!: number;
  @ApiProperty({ type: 'integer', description: 'Integer pence.', example: 0 }) creditPence!: number;
  @ApiProperty({ example: 'Phonics development day' }) description!: string;
  @ApiProperty({ description: 'Global position of the event that posted the line (lines are in this order).', example: '42', pattern: POSITION_PATTERN }) position!: string;
}

export class AcademyReconciliationDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The improvement budget agreed for the year; null when none was.', example: 600_000 }) budgetPence!: number | null;
  @ApiProperty({ type: 'integer', description: 'Recharged to the academy, net of reversals.', example: 452_500 }) spentPence!: number;
  @ApiProperty({ type: 'integer', description: "Earned by the academy's staff supporting other academies, net of reversals.", example: 70_000 }) incomePence!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'budget − spent (negative when over budget); null with no budget.', example: 147_500 }) remainingPence!: number | null;
  @ApiProperty({ description: 'Spend beyond the budget (any spend, when no budget was agreed).', example: false }) overBudget!: boolean;
}

export class TrustCentreReconciliationDto {
  @ApiProperty({ type: 'integer', description: 'Earned by centrally employed staff (improvement director, hub leads), net of reversals.', example: 210_000 }) incomePence!: number;
}

export class ReconciliationTotalsDto {
  @ApiProperty({ type: 'integer', example: 1_250_000 }) debitsPence!: number;
  @ApiProperty({ type: 'integer', description: 'Equal to debitsPence: every recharge is a debit and an equal credit.', example: 1_250_000 }) creditsPence!: number;
  @ApiProperty({ type: 'integer', description: 'Debits less credits of the recharges between academies: zero when the ledger is whole.', example: 0 }) internalNetPence!: number;
}

export class ReconciliationDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: [AcademyReconciliationDto], description: 'Every academy with a budget or a ledger line in the year, by URN.' }) academies!: AcademyReconciliationDto[];
  @ApiProperty({ type: TrustCentreReconciliationDto }) trustCentre!: TrustCentreReconciliationDto;
  @ApiProperty({ type: ReconciliationTotalsDto }) totals!: ReconciliationTotalsDto;
}

/** Pence per day for each role, as GET /finance/rate-card answers them. */
export class RateCardRatesView {
  @ApiProperty({ type: 'integer', description: 'Pence per day: the academy improvement director.', example: 35_000 }) 'improvement-director'!: number;
  @ApiProperty({ type: 'integer', description: 'Pence per day: a hub improvement lead.', example: 35_000 }) 'hub-lead'!: number;
  @ApiProperty({ type: 'integer', description: 'Pence per day: a headteacher supporting another academy.', example: 35_000 }) headteacher!: number;
  @ApiProperty({ type: 'integer', description: 'Pence per day: a teacher.', example: 25_000 }) teacher!: number;
  @ApiProperty({ type: 'integer', description: 'Pence per day: support staff.', example: 15_000 }) 'support-staff'!: number;
}

export class RateCardDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: RateCardRatesView }) rates!: RateCardRatesView;
  @ApiProperty({ enum: ['set', 'default'], description: "`set`: the year's own rate card; `default`: none was set, so seed 003's rates price the year's recharges.", example: 'set' })
  source!: 'set' | 'default';
}

export class CoreDaysLeftDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: 'integer', description: 'Core improvement director days each academy is entitled to a year (seed 003), never recharged.', example: 6 }) entitled!: number;
  @ApiProperty({ description: 'Core days logged in the year, in half days.', example: 1.5 }) logged!: number;
  @ApiProperty({ description: "Days the year's Academy Improvement Meetings take, scheduled or held (1, or 1.5 for a one-and-a-half-day AIM).", example: 3 }) aimDays!: number;
  @ApiProperty({ description: 'entitled − logged − aimDays: the most a core day logged now may take (0 or less: none; further days are recharged).', example: 1.5 }) left!: number;
}

// GET /finance/ledger and /finance/reconciliation answer with names beside the URNs (report snapshots keep the URNs alone).

export class NamedLedgerLineDto extends LedgerLineDto {
  @ApiProperty({ type: String, nullable: true, description: "The academy's name; null for the trust centre's account.", example: 'Oakfield Primary Academy' }) academyName!: string | null;
}

export class NamedAcademyReconciliationDto extends AcademyReconciliationDto {
  @ApiProperty({ type: String, nullable: true, description: "The academy's name (null only for a URN the academy cards do not know).", example: 'Oakfield Primary Academy' }) name!: string | null;
}

export class NamedReconciliationDto extends ReconciliationDto {
  @ApiProperty({ type: [NamedAcademyReconciliationDto], description: 'Every academy with a budget or a ledger line in the year, by URN, with its name.' }) declare academies: NamedAcademyReconciliationDto[];
}
