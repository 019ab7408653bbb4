import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ImprovementPlanLookUps } from '../../common/plans/improvement-plan-look-ups.js';
import { AimAcademies } from '../aim-academies.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { ensureAimInScope } from '../aim-scope.js';
import type { HoldAim } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** HoldAim as the client sends it (the plan is the handler's to look up), with the grant the request was let through on (its academies decide the AIM's scope). */
export class HoldAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: Omit<HoldAim, 'plan'>,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

/**
 * Finds the AIM's academy and academic year, refuses an AIM out of the grant's scope as unknown, then looks up
 * the academy's improvement plan for that year: the AIM's priorities are checked against it. Should the AIM be
 * moved to another year before the append, the decider answers 409.
 */
@CommandHandler(HoldAimCommand)
export class HoldAimHandler implements ICommandHandler<HoldAimCommand> {
  constructor(
    private readonly aims: AimCommandRunner,
    private readonly places: AimAcademies,
    private readonly plans: ImprovementPlanLookUps,
  ) {}

  async execute({ command, metadata, grant }: HoldAimCommand): Promise<CommandAnswer> {
    const { academyId, academicYear } = await this.places.placeOf(command.aimId);
    ensureAimInScope(grant, command.aimId, academyId);
    const plan = await this.plans.of(academyId, academicYear);
    return this.aims.run({ ...command, plan }, metadata, grant);
  }
}
