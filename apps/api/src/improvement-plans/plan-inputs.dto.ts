import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { KPI_NAMES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PLAN_OWNER_ROLES, type KpiName } from '@trust/domain';
import { IsIsoDate } from '../common/http/domain-rules.js';
import { oneOfMessage, textMessage } from '../common/http/field-messages.js';

/** Who owns a priority or an action: a role (`{ role }`), or a named member of staff (`{ staffId, name }`). The domain checks which. */
export class PlanOwnerDto {
  @ApiPropertyOptional({ type: String, enum: PLAN_OWNER_ROLES, nullable: true, description: 'A role, whoever holds it: given alone.', example: 'senior-leader' })
  @IsOptional()
  @IsString({ message: textMessage('role') })
  role?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "A named member of staff: the ledger's id of them (1 to 64 letters, digits, hyphens or underscores, as the database of expertise keys them), given with name. Erasing staff:<staffId> reaches their name here.",
    example: 'st-41',
  })
  @IsOptional()
  @IsString({ message: textMessage('staffId') })
  staffId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The member of staff\'s name, given with staffId.', example: 'Ann Head', maxLength: MAX_NAME_LENGTH })
  @IsOptional()
  @IsString({ message: textMessage('name') })
  name?: string | null;
}

/** A KPI of the academy card a priority targets, and what success is. */
export class PlanKpiTargetDto {
  @ApiProperty({ enum: KPI_NAMES, example: 'progress' })
  @IsIn(KPI_NAMES, { message: oneOfMessage('kpi', KPI_NAMES) })
  kpi!: KpiName;

  @ApiProperty({ example: '75% of pupils make at least expected progress in writing', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('successCriteria') })
  successCriteria!: string;
}

/** The AIM a change was made at (its cause): one of the academy's AIMs, or 422. */
export const CAUSING_AIM = {
  type: String,
  nullable: true,
  description: "The AIM it was made at (seed 003: AIMs \"review, amend or confirm the academy's priorities\"): one of the academy's AIMs (422 otherwise). Left out or null when made otherwise.",
  example: '5f0c6d0e-0d1c-4c56-9d3e-4b5e0f1a2b3c',
} as const;

/**
 * The day a change of a plan was made (`draftedOn`, `addedOn`, `amendedOn`, `confirmedOn`, `committedOn`,
 * `closedOn`), for a plan entered after the fact: today when left out.
 */
export function PlanChangeDay(what: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'date',
      nullable: true,
      description:
        `The day ${what}, for a plan entered after the fact; today when left out or null. Not in the future (400), and not before the plan's latest change (422): ` +
        "a plan's changes are dated in the order they happened, so the plan read `on` a day shows exactly what had been done by then.",
      example,
    }),
    IsOptional(),
    IsIsoDate(),
  );
}
