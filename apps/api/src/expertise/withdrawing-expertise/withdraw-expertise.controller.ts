import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { WithdrawExpertiseCommand } from './withdraw-expertise.handler.js';

export class WithdrawExpertiseDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Left the trust', maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString({ message: 'reason must be a string' })
  reason?: string | null;
}

@ApiTags('expertise')
@Controller('expertise')
export class WithdrawExpertiseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('expertise.withdraw')
  @ApiParam({ name: 'staffId', description: 'The member of staff.' })
  @CommandRoute(':staffId/withdrawal', {
    summary: 'Take a member of staff out of brokering (they left, or can no longer offer support)',
    description: 'The entry stays in the history; searches no longer offer them. Withdrawing twice appends nothing.',
    notFound: 'The staff member is not in the database.',
  })
  withdraw(@Param('staffId') staffId: string, @Body() body: WithdrawExpertiseDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(new WithdrawExpertiseCommand(staffId, body.reason ?? null, metadata));
  }
}
