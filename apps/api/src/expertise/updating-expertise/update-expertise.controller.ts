import { applyDecorators, Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute, type CommandRouteOptions } from '../../common/commands/command-route.decorator.js';
import { ExpertiseProfileDto } from '../expertise-entry.dto.js';
import { UpdateExpertiseCommand } from './update-expertise.handler.js';

/** A command route on PUT: the entry is replaced whole. Put() comes after CommandRoute's Post(), so its method wins. */
function ReplaceRoute(path: string, options: CommandRouteOptions): MethodDecorator {
  return applyDecorators(CommandRoute(path, options), Put(path));
}

@ApiTags('expertise')
@Controller('expertise')
export class UpdateExpertiseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('expertise.update')
  @ApiParam({ name: 'staffId', description: 'The member of staff.' })
  @ReplaceRoute(':staffId', {
    summary: "Replace a member of staff's entry (name, academy, role and areas) as it should now stand",
    description: 'An entry sent unchanged (areas in any order) appends nothing.',
    notFound: 'The staff member is not in the database, or the employing academy is not registered.',
    refused: 'The staff member was withdrawn: register them again.',
  })
  update(@Param('staffId') staffId: string, @Body() body: ExpertiseProfileDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    const { name, academyId, role, areas, otherAreas } = body;
    return this.commandBus.execute(new UpdateExpertiseCommand({ staffId, name, academyId, role, areas, otherAreas: otherAreas ?? null }, metadata));
  }
}
