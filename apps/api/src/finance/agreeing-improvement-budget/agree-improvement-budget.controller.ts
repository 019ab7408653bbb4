import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { AgreeImprovementBudgetCommand } from './agree-improvement-budget.handler.js';
import { AgreeImprovementBudgetDto } from './agree-improvement-budget.dto.js';

@ApiTags('finance')
@Controller('academies')
export class AgreeImprovementBudgetController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-budgets.agree')
  @CommandRoute(':id/improvement-budgets', {
    summary: "Record an academy's improvement budget agreed for an academic year",
    description:
      'A later agreement for the same year revises it (the history is kept); the same amount and people again appends nothing. ' +
      'Spend beyond the budget is flagged by GET /finance/reconciliation.',
    conflict: 'A concurrent change to the same budget.',
    refused: 'Not agreed by all four of the headteacher, improvement director, chief executive and finance director.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  agree(@AcademyIdParam() academyId: string, @Body() body: AgreeImprovementBudgetDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new AgreeImprovementBudgetCommand(
        {
          type: 'AgreeImprovementBudget',
          academyId,
          academicYear: body.academicYear,
          amountPence: body.amountPence,
          agreedBy: body.agreedBy.map(({ name, role }) => ({ name, role })),
        },
        metadata,
      ),
    );
  }
}
