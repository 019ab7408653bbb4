import { Inject, Injectable } from '@nestjs/common';
import { expertiseDecider, expertiseStreamId, parseRecordId, type ExpertiseCommand } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { CommandPipeline } from '../common/commands/command-pipeline.js';
import { RegisteredAcademies } from '../common/academies/registered-academies.js';
import { CLOCK, type Clock } from '../infrastructure/tokens.js';

/**
 * Runs a command on one member of staff's entry (`expertise-<staffId>`). An entry naming an employer
 * academy needs it registered (404); the entry is validated first, so a malformed URN is a 400 naming
 * the field rather than a 404.
 */
@Injectable()
export class ExpertiseCommandRunner {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(command: ExpertiseCommand, metadata: EventMetadata): Promise<CommandAnswer> {
    const staffId = parseRecordId(command.staffId, 'staffId');
    if (command.type !== 'WithdrawExpertise') {
      // Validates the whole entry (400 naming the field) before looking the employer up.
      expertiseDecider.decide({ ...command, type: 'RegisterExpertise' }, expertiseDecider.initialState(), { now: this.clock() });
      if (command.academyId !== null) await this.academies.ensure([command.academyId]);
    }
    return this.pipeline.answer(staffId, { streamId: expertiseStreamId(staffId), decider: expertiseDecider, command, metadata });
  }
}
