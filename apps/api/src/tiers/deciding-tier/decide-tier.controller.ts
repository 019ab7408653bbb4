import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { DecideTierCommand } from './decide-tier.handler.js';
import { DecideTierDto } from './decide-tier.dto.js';
import { recordIdFor } from '../../common/ids/record-ids.js';

@ApiTags('tiers')
@Controller('academies')
export class DecideTierController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('tier-decisions.decide')
  @CommandRoute(':id/tier-decisions', {
    summary: "Decide an academy's support tier for an academic year",
    description:
      'The decision stores the recommendation of the tier criteria, the evidence it read (with the positions of the events it came from), ' +
      'who decided (from the token: `sub`, `name`, the role allowed), the day it was made (`decidedOn`: today, or an earlier day for a decision recorded later) and the instant it was recorded. ' +
      'A second decision for the same year is a revision that supersedes the first; both stay in the tier history. ' +
      '`id` in the answer is the decision id: derived from the Idempotency-Key when one is sent, so a retry after a crash targets the same decision.',
    refused:
      'The tier differs from the recommendation and no rationale is given; evidence is missing so no tier can be recommended (evidence dated after `decidedOn` cannot be cited, and the answer names it); ' +
      '`decidedOn` is before the academy joined the trust, or before the decision of the year it would revise.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  decide(
    @AcademyIdParam() academyId: string,
    @Body() body: DecideTierDto,
    @CommandMetadata() metadata: EventMetadata,
    @Grant() grant: AccessGrant,
  ): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new DecideTierCommand(
        {
          type: 'DecideTier',
          decisionId: recordIdFor('tier-decision', metadata, academyId),
          academyId,
          academicYear: body.academicYear,
          tier: body.tier,
          rationale: body.rationale ?? null,
          decidedOn: body.decidedOn ?? null,
          decidedBy: { userId: grant.principal.userId, name: grant.principal.name, role: grant.role },
        },
        metadata,
      ),
    );
  }
}
