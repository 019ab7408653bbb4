import { Inject, Injectable } from '@nestjs/common';
import { DomainError, improvementPlanDecider, improvementPlanStreamId, type ImprovementPlanCommand } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { CommandPipeline } from '../common/commands/command-pipeline.js';
import { RegisteredAcademies } from '../common/academies/registered-academies.js';
import { CLOCK, type Clock } from '../infrastructure/tokens.js';
import { PlanAims } from './plan-aims.js';

/** The AIM a command names as its cause or its rating's source, if any. */
function aimNamedBy(command: ImprovementPlanCommand): string | null {
  switch (command.type) {
    case 'AddPlanPriority':
    case 'AmendPlanPriority':
    case 'ConfirmImprovementPlan':
    case 'RatePlanPriority':
      return command.aimId ?? null;
    case 'DraftImprovementPlan':
    case 'AddPlanAction':
    case 'AmendPlanAction':
    case 'CloseImprovementPlanYear':
    case 'CommitPlanSupport':
      return null;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/**
 * What every improvement plan command's handler does, in this order: every field checked by the domain's own
 * rules (400 naming the field, before anything is looked up); a draft's academy registered (404); an AIM the
 * command names, one of the academy's (422); then the pipeline decides on the plan's stream
 * (`improvement-plan-<URN>-2025-26`), which answers a plan never drafted 404 and a closed year 422.
 */
@Injectable()
export class PlanCommandRunner {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
    private readonly aims: PlanAims,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Runs the command; the answer's `id` is `id` (the plan's year as its routes write it, or the priority, action or commitment). */
  async run(command: ImprovementPlanCommand, metadata: EventMetadata, id: string): Promise<CommandAnswer> {
    this.refuseInvalid(command);
    if (command.type === 'DraftImprovementPlan') await this.academies.ensure([command.academyId]);
    const aimId = aimNamedBy(command);
    if (aimId !== null) await this.aims.ensureOf(aimId, command.academyId);
    return this.pipeline.answer(id, {
      streamId: improvementPlanStreamId(command.academyId, command.academicYear),
      decider: improvementPlanDecider,
      command,
      metadata,
      subject: 'this improvement plan',
    });
  }

  /** The domain's own validation, run on no plan: each command parses every field before it looks at the plan. */
  private refuseInvalid(command: ImprovementPlanCommand): void {
    try {
      improvementPlanDecider.decide(command, improvementPlanDecider.initialState(), { now: this.clock() });
    } catch (error: unknown) {
      if (error instanceof DomainError && error.kind === 'invalid') throw error;
    }
  }
}
