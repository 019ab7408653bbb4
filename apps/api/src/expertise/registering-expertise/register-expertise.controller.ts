import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RegisterExpertiseDto } from '../expertise-entry.dto.js';
import { RegisterExpertiseCommand } from './register-expertise.handler.js';

@ApiTags('expertise')
@Controller('expertise')
export class RegisterExpertiseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('expertise.register')
  @CommandRoute('', {
    summary: 'List a member of staff in the database of expertise: their academy, role and areas of strength',
    description: "The answer's `id` is the staffId. Someone withdrawn earlier may be registered again.",
    notFound: 'The employing academy is not registered.',
    conflict: 'The staff member is already listed, or a concurrent change.',
  })
  register(@Body() body: RegisterExpertiseDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    const { staffId, name, academyId, role, areas, otherAreas } = body;
    return this.commandBus.execute(new RegisterExpertiseCommand({ staffId, name, academyId, role, areas, otherAreas: otherAreas ?? null }, metadata));
  }
}
