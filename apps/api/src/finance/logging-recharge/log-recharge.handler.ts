import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { academicYearOfDelivery, CENTRALLY_EMPLOYED_ROLES, rechargeDecider, rechargeStreamId, type DomainEvent, type RechargeLoggedData, type LogRecharge } from '@trust/domain';
import { IdempotencyKeyReusedError } from '../../common/idempotency/idempotency-key-reused.error.js';
import { commandAnswerOf, CommandPipeline } from '../../common/commands/command-pipeline.js';
import type { RechargeAnswer } from '../recharge-answer.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { RateCards } from '../rate-cards.js';
import { RegisteredAcademies } from '../../common/academies/registered-academies.js';
import { ImprovementPlanLookUps } from '../../common/plans/improvement-plan-look-ups.js';
import type { EventMetadata } from '@trust/event-store';

/** A recharge as the client sends it: the id, the rate card and the plan are the handler's to find. */
export type RechargeRequest = Omit<LogRecharge, 'type' | 'rechargeId' | 'rateCard' | 'plan'>;

export class LogRechargeCommand extends Command<RechargeAnswer> {
  constructor(
    readonly request: RechargeRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(LogRechargeCommand)
export class LogRechargeHandler implements ICommandHandler<LogRechargeCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly academies: RegisteredAcademies,
    private readonly rateCards: RateCards,
    private readonly plans: ImprovementPlanLookUps,
  ) {}

  async execute({ request, metadata }: LogRechargeCommand): Promise<RechargeAnswer> {
    const rechargeId = recordIdFor('recharge', metadata);
    const academicYear = academicYearOfDelivery(request.deliveredOn);
    // A provider academy given for centrally employed staff is refused by the domain (400), not looked up.
    const provider = CENTRALLY_EMPLOYED_ROLES.some((role) => role === request.providerRole) ? null : request.providerAcademyId;
    await this.academies.ensure([request.supportedAcademyId, ...(provider === null ? [] : [provider])]);
    const rateCard = await this.rateCards.inForce(academicYear);
    // Days naming a support commitment are checked against the supported academy's plan for the year.
    const plan = await this.plans.forCommitment(request.commitmentId, request.supportedAcademyId, academicYear);

    const handled = await this.pipeline.run({
      streamId: rechargeStreamId(rechargeId),
      decider: rechargeDecider,
      command: { type: 'LogRecharge', rechargeId, ...request, rateCard, ...plan },
      metadata,
      subject: `recharge ${rechargeId}`,
    });
    const logged = handled.events.find(isRechargeLogged);
    if (logged === undefined) throw new Error(`recharge ${rechargeId}: the pipeline answered without a RechargeLogged event`);
    // The key's stream already held a recharge: a retry is answered from it only if it is the same one.
    if (handled.replayed && !sameRecharge(logged.data, request)) throw new IdempotencyKeyReusedError('a different recharge');
    return { ...commandAnswerOf(rechargeId, handled), amountPence: logged.data.amountPence, academicYear: logged.data.academicYear };
  }
}

function isRechargeLogged(event: DomainEvent): event is Extract<DomainEvent, { type: 'RechargeLogged' }> {
  return event.type === 'RechargeLogged';
}

function sameRecharge(logged: RechargeLoggedData, request: RechargeRequest): boolean {
  return (
    logged.supportedAcademyId === request.supportedAcademyId &&
    logged.providerRole === request.providerRole &&
    logged.providerAcademyId === request.providerAcademyId &&
    logged.days === request.days &&
    logged.deliveredOn === request.deliveredOn &&
    logged.description === request.description.trim() &&
    logged.commitmentId === (request.commitmentId ?? null)
  );
}
