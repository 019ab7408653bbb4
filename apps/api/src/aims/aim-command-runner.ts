import { Injectable } from '@nestjs/common';
import { aimDecider, aimStreamId, type AimCommand } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../access/access-grant.js';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { CommandPipeline } from '../common/commands/command-pipeline.js';
import { RegisteredAcademies } from '../common/academies/registered-academies.js';
import { AimAcademies } from './aim-academies.js';
import { ensureAimInScope } from './aim-scope.js';

/**
 * What every AIM command's handler does: scheduling checks the academy is registered (the guard has
 * checked the academy of the path); any other command finds the AIM's academy and refuses a scoped
 * role from another academy exactly as an unknown AIM. Then the pipeline decides on the AIM's stream.
 */
@Injectable()
export class AimCommandRunner {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
    private readonly aims: AimAcademies,
  ) {}

  async run(command: AimCommand, metadata: EventMetadata, grant: AccessGrant): Promise<CommandAnswer> {
    if (command.type === 'ScheduleAim') await this.academies.ensure([command.academyId]);
    else ensureAimInScope(grant, command.aimId, await this.aims.academyOf(command.aimId));
    return this.pipeline.answer(command.aimId, { streamId: aimStreamId(command.aimId), decider: aimDecider, command, metadata, subject: 'this AIM' });
  }
}
