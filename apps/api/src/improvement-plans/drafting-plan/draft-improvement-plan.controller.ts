import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ACADEMIC_YEAR_PATTERN } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';
import { PlanChangeDay } from '../plan-inputs.dto.js';
import { DraftImprovementPlanCommand } from './draft-improvement-plan.handler.js';

export class DraftImprovementPlanDto {
  @ApiProperty({ description: 'The academic year of the plan: the coming one, the current one, or a past one brought into the ledger.', example: '2025/26', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @PlanChangeDay('it was drafted', '2025-07-14')
  draftedOn?: string | null;
}

@ApiTags('improvement-plans')
@Controller('academies')
export class DraftImprovementPlanController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.draft')
  @CommandRoute(':id/improvement-plans', {
    summary: "Draft an academy's improvement plan for an academic year",
    description:
      "One plan per academy per academic year, drafted once (seed 000: \"Academy improvement planning will use the audit and analyse cycle to evaluate priorities and inform academy development plans\"). " +
      "The answer's `id` is the plan's year as its routes write it (`2025-26`): its priorities, actions, ratings and support are at `/academies/:id/improvement-plans/2025-26/...`.",
    notFound: 'Unknown academy.',
    conflict: 'The academy already has a plan for the year, or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  draft(@AcademyIdParam() academyId: string, @Body() body: DraftImprovementPlanDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(new DraftImprovementPlanCommand({ type: 'DraftImprovementPlan', academyId, academicYear: body.academicYear, draftedOn: body.draftedOn ?? null }, metadata));
  }
}
