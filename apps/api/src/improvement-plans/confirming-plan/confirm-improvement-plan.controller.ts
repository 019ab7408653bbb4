import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { textMessage } from '../../common/http/field-messages.js';
import { CAUSING_AIM, PlanChangeDay } from '../plan-inputs.dto.js';
import { parsePlanYear, PlanParams, PlanYearParam } from '../plan-params.js';
import { ConfirmImprovementPlanCommand } from './confirm-improvement-plan.handler.js';

export class ConfirmImprovementPlanDto {
  @ApiPropertyOptional({ ...CAUSING_AIM, description: "The AIM that confirmed the priorities: one of the academy's AIMs (422 otherwise). Left out or null when confirmed otherwise (through governance)." })
  @IsOptional()
  @IsString({ message: textMessage('aimId') })
  aimId?: string | null;

  @PlanChangeDay('the priorities were confirmed (at an AIM, the meeting\'s day)', '2025-11-18')
  confirmedOn?: string | null;
}

@ApiTags('improvement-plans')
@Controller('academies')
export class ConfirmImprovementPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.confirm')
  @CommandRoute(':id/improvement-plans/:academicYear/confirmation', {
    summary: "Confirm an improvement plan's priorities, at an AIM or through governance",
    description:
      "The answer's `id` is the plan's year as its routes write it. A plan changed since its confirmation (a priority or action added or amended) may be confirmed again; " +
      'confirming one unchanged since appends nothing.',
    notFound: 'The academy has no plan for the year.',
    refused: "The plan has no priorities yet; its year is closed; `aimId` is not one of the academy's AIMs; `confirmedOn` is before the plan's latest change.",
  })
  @PlanParams()
  confirm(@AcademyIdParam() academyId: string, @PlanYearParam() year: string, @Body() body: ConfirmImprovementPlanDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    return this.commandBus.execute(new ConfirmImprovementPlanCommand({ type: 'ConfirmImprovementPlan', academyId, academicYear, aimId: body.aimId ?? null, confirmedOn: body.confirmedOn ?? null }, metadata));
  }
}
