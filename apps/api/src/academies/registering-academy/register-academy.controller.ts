import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RegisterAcademyCommand } from './register-academy.handler.js';
import { RegisterAcademyDto } from './register-academy.dto.js';

@ApiTags('academies')
@Controller('academies')
export class RegisterAcademyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('academies.register')
  @CommandRoute('', {
    summary: 'Register an academy that has joined the trust',
    conflict: 'The academy is already registered, or a concurrent change.',
    notFound: false,
  })
  register(@Body() body: RegisterAcademyDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RegisterAcademyCommand(
        {
          type: 'RegisterAcademy',
          academyId: body.academyId,
          name: body.name,
          phase: body.phase,
          hub: body.hub,
          joinedOn: body.joinedOn,
          predecessorUrns: body.predecessorUrns ?? [],
        },
        metadata,
      ),
    );
  }
}
