import { createHash } from 'node:crypto';
import type { AcademyPhase, CorrectKpi, KpiName, RecordKpi, RegisterAcademy, SetKpiTarget, Term } from '@trust/domain';
import { demoRecordedAimKey } from './demo-aims.js';
import { buildDemoEvidence, type DemoEvidenceCommand } from './demo-evidence.js';
import { demoKey } from './demo-ids.js';
import { planRequest, weaveDemoPastPlans, type DemoPlan, type DemoPlanCommand } from './demo-plans.js';
import { seededRandom, type Random } from './prng.js';

/**
 * A realistic sample trust, built deterministically from a seed: twelve academies in three hubs,
 * three academic years of KPI targets and termly figures for all five KPIs, and a few corrections;
 * then each academy's evidence and three years of tier decisions (demo-evidence.ts), with its improvement
 * plan of each year woven in (demo-plans.ts). Everything is expressed as the commands a client would send
 * over HTTP.
 */

export const DEMO_SEED = 20_240_901;
export const DEMO_ACADEMIC_YEARS = ['2022/23', '2023/24', '2024/25'] as const;
const DEMO_TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];
const DEMO_KPIS: readonly KpiName[] = ['progress', 'curriculum', 'teaching', 'attendance', 'transition'];
const CORRECTION_COUNT = 5;

/**
 * What the demo sends about one academy: registration, KPIs, evidence, tier decisions and improvement plans.
 * Listed by name, so a new command need not be in the demo; one that is gets its route below.
 */
export type DemoCommand = RegisterAcademy | SetKpiTarget | RecordKpi | CorrectKpi | DemoEvidenceCommand | DemoPlanCommand;

/** One POST of the demo: the command, its route and body, and an Idempotency-Key derived from both. */
export interface DemoRequest {
  command: DemoCommand;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
}

export interface DemoAcademy {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  hub: string;
  /**
   * Registration first, then per year its targets and each term's figures, then its evidence and tier decisions
   * with its improvement plans woven in, then its corrections. A plan's request names what an earlier one made
   * as `{id:<its key>}` (demo-ids.ts).
   */
  requests: DemoRequest[];
  /** Its improvement plans of the demo's past years, oldest first: 2024/25's is completed at its AIMs (demo-aims.ts). */
  plans: DemoPlan[];
}

interface AcademyProfile {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  hub: string;
  joinedOn: string;
  predecessorUrns: string[];
}

// Real-looking URNs and names; a converter and two re-brokered schools carry predecessor URNs.
const PROFILES: readonly AcademyProfile[] = [
  { academyId: '141023', name: 'Oakfield Primary Academy', phase: 'primary', hub: 'North', joinedOn: '2014-09-01', predecessorUrns: [] },
  { academyId: '142567', name: 'Riverside Primary Academy', phase: 'primary', hub: 'North', joinedOn: '2015-04-01', predecessorUrns: [] },
  { academyId: '143890', name: "St Aidan's CE Primary Academy", phase: 'primary', hub: 'North', joinedOn: '2016-09-01', predecessorUrns: ['112345'] },
  { academyId: '144212', name: 'Millbrook Academy', phase: 'secondary', hub: 'North', joinedOn: '2013-09-01', predecessorUrns: [] },
  { academyId: '145678', name: 'Hawthorn Park Primary School', phase: 'primary', hub: 'Central', joinedOn: '2017-01-01', predecessorUrns: [] },
  { academyId: '146034', name: 'Kingsmead Academy', phase: 'secondary', hub: 'Central', joinedOn: '2014-04-01', predecessorUrns: [] },
  { academyId: '147851', name: 'Ashdown All-Through Academy', phase: 'all-through', hub: 'Central', joinedOn: '2018-09-01', predecessorUrns: [] },
  { academyId: '148320', name: 'Fenwick Primary Academy', phase: 'primary', hub: 'Central', joinedOn: '2019-09-01', predecessorUrns: ['115432', '139876'] },
  { academyId: '149102', name: 'Seaview Academy', phase: 'secondary', hub: 'Coastal', joinedOn: '2020-09-01', predecessorUrns: ['136540'] },
  { academyId: '149765', name: 'Harbour Lights Primary Academy', phase: 'primary', hub: 'Coastal', joinedOn: '2021-01-01', predecessorUrns: [] },
  { academyId: '150338', name: 'The Beacon School', phase: 'special', hub: 'Coastal', joinedOn: '2019-04-01', predecessorUrns: [] },
  { academyId: '150904', name: 'Saltmarsh Primary Academy', phase: 'primary', hub: 'Coastal', joinedOn: '2022-06-01', predecessorUrns: [] },
];

// National attendance averages (%) by phase and year, moved by term: autumn is the best-attended
// term, summer the worst. Close to the published figures for England.
const NATIONAL_ATTENDANCE: Record<AcademyPhase, readonly number[]> = {
  primary: [94.0, 94.5, 94.8],
  secondary: [90.8, 91.0, 91.4],
  'all-through': [92.4, 92.8, 93.1],
  special: [87.1, 87.4, 87.6],
};
const TERM_ATTENDANCE_SHIFT: Record<Term, number> = { autumn: 0.4, spring: -0.2, summer: -0.3 };

const CORRECTION_REASONS = [
  'Census return revised after late registers were entered',
  'Moderation adjusted the teacher assessments',
  'Data entry error: two year groups were transposed',
  'Revised after the DfE checking exercise',
  'Quality assurance visit regraded lessons observed',
] as const;

/** The demo trust. The same seed always gives the same trust, down to every figure and key. */
export function buildDemoTrust(seed = DEMO_SEED): DemoAcademy[] {
  return modelDemoTrust(seed).academies;
}

/** How an academy performs against its targets (-1 weak … +1 strong), its direction of travel, and its first targets. */
interface KpiModel {
  profile: AcademyProfile;
  strength: number;
  trend: number;
  baseTargets: { progress: number; curriculum: number; teaching: number; transition: number };
}

/** The trust and the model each academy's figures are drawn from: one seeded sequence, in the trust's order. */
function modelDemoTrust(seed: number): { academies: DemoAcademy[]; models: KpiModel[] } {
  const random = seededRandom(seed);
  const models: KpiModel[] = [];
  const academies = PROFILES.map((profile) => {
    const model = modelAcademy(profile, random);
    models.push(model);
    return buildAcademy(model, random);
  });
  addCorrections(academies, random);
  return { academies, models };
}

function modelAcademy(profile: AcademyProfile, random: Random): KpiModel {
  const strength = random.between(-1, 1);
  const trend = random.between(-0.6, 1);
  const baseTargets = {
    progress: random.integer(72, 80),
    curriculum: strength > 0.5 ? 1 : 2,
    teaching: random.integer(82, 88),
    transition: random.integer(92, 96),
  };
  return { profile, strength, trend, baseTargets };
}

function buildAcademy(model: KpiModel, random: Random): DemoAcademy {
  const { profile } = model;
  const requests: DemoRequest[] = [
    request({
      type: 'RegisterAcademy',
      academyId: profile.academyId,
      name: profile.name,
      phase: profile.phase,
      hub: profile.hub,
      joinedOn: profile.joinedOn,
      predecessorUrns: profile.predecessorUrns,
    }),
  ];
  const kpis = DEMO_ACADEMIC_YEARS.flatMap((academicYear) => yearOfKpis(model, academicYear, random));
  requests.push(...kpis.map(request));
  const aimKeys = DEMO_TERMS.map((_term, round) => demoRecordedAimKey(profile.academyId, round));
  const { plans, commands } = weaveDemoPastPlans({ ...profile, kpis }, buildDemoEvidence(profile.academyId, profile.joinedOn), DEMO_ACADEMIC_YEARS, aimKeys);
  requests.push(...commands.map(request));
  return { academyId: profile.academyId, name: profile.name, phase: profile.phase, hub: profile.hub, requests, plans };
}

/**
 * One academic year of an academy's KPIs: its targets, then each term's five figures. The school's
 * trajectory runs on from 2022/23 (the first year of the demo), a year at a time.
 */
function yearOfKpis(model: KpiModel, academicYear: string, random: Random): (SetKpiTarget | RecordKpi)[] {
  const { profile, strength, trend, baseTargets } = model;
  const year = Number(academicYear.slice(0, 4)) - Number(DEMO_ACADEMIC_YEARS[0].slice(0, 4));
  const nationalByYear = NATIONAL_ATTENDANCE[profile.phase];
  const national = nationalByYear[Math.min(year, nationalByYear.length - 1)] ?? 94;
  const targets: Record<KpiName, number> = {
    progress: baseTargets.progress + year,
    curriculum: baseTargets.curriculum,
    teaching: Math.min(95, baseTargets.teaching + 2 * year),
    attendance: oneDecimal(national + 0.5),
    transition: Math.min(99, baseTargets.transition + year),
  };
  const commands: (SetKpiTarget | RecordKpi)[] = DEMO_KPIS.map((kpi) => ({ type: 'SetKpiTarget', academyId: profile.academyId, academicYear, kpi, target: targets[kpi] }));
  DEMO_TERMS.forEach((term, termIndex) => {
    const nationalAverage = oneDecimal(national + TERM_ATTENDANCE_SHIFT[term]);
    const progressOverYear = termIndex * 0.8;
    const figures: Record<KpiName, number> = {
      progress: percentage(targets.progress + strength * 6 + trend * 2 * year + progressOverYear + random.between(-3, 3)),
      curriculum: grade(2.4 - strength * 1.2 - trend * 0.3 * year + random.between(-0.6, 0.6)),
      teaching: percentage(targets.teaching + strength * 7 + trend * 2 * year + random.between(-4, 4)),
      attendance: percentage(nationalAverage + strength * 1.5 + trend * 0.4 * year + random.between(-0.6, 0.6)),
      transition: percentage(targets.transition + strength * 3 + random.between(-2, 2)),
    };
    for (const kpi of DEMO_KPIS) {
      commands.push({
        type: 'RecordKpi',
        academyId: profile.academyId,
        kpi,
        academicYear,
        term,
        value: figures[kpi],
        ...(kpi === 'attendance' ? { nationalAverage } : {}),
      });
    }
  });
  return commands;
}

/**
 * Every academy's KPIs of an academic year after the demo's past: its targets and each term's figures,
 * drawn from a sequence of their own (seeded by the trust's seed, the academy and the year), so a term's
 * figures are the same whichever day the demo is loaded on. The caller keeps the terms that have ended.
 */
export function buildDemoKpisOfYear(academicYear: string, seed = DEMO_SEED): Map<string, (SetKpiTarget | RecordKpi)[]> {
  const last = DEMO_ACADEMIC_YEARS[DEMO_ACADEMIC_YEARS.length - 1] ?? '2024/25';
  if (academicYear <= last) throw new RangeError(`The demo's KPIs of ${academicYear} are part of its past (to ${last})`);
  const kpis = new Map<string, (SetKpiTarget | RecordKpi)[]>();
  for (const model of modelDemoTrust(seed).models) {
    const own = createHash('sha256').update(`${seed}|${model.profile.academyId}|${academicYear}`).digest().readUInt32BE(0);
    kpis.set(model.profile.academyId, yearOfKpis(model, academicYear, seededRandom(own)));
  }
  return kpis;
}

/** A few corrections of figures already recorded (attendance after census revisions, assessments after moderation). */
function addCorrections(academies: DemoAcademy[], random: Random): void {
  const corrected = new Set<string>();
  let reason = 0;
  while (corrected.size < CORRECTION_COUNT) {
    const academy = random.pick(academies);
    const figures = academy.requests.flatMap((candidate) =>
      candidate.command.type === 'RecordKpi' && candidate.command.kpi !== 'curriculum' ? [candidate.command] : [],
    );
    const figure = random.pick(figures);
    const key = `${figure.academyId}|${figure.academicYear}|${figure.term}|${figure.kpi}`;
    if (corrected.has(key)) continue;
    const delta = oneDecimal(random.between(0.3, 2.5)) * (random.next() < 0.5 ? -1 : 1);
    const value = percentage(figure.value + delta);
    if (value === figure.value) continue;
    corrected.add(key);
    academy.requests.push(
      request({
        type: 'CorrectKpi',
        academyId: figure.academyId,
        kpi: figure.kpi,
        academicYear: figure.academicYear,
        term: figure.term,
        value,
        reason: CORRECTION_REASONS[reason++ % CORRECTION_REASONS.length] ?? 'Corrected',
      }),
    );
  }
}

/** The HTTP form of a command: its route, its body, and a key derived from both, so a re-run appends nothing. */
export function request(command: DemoCommand): DemoRequest {
  const { path, body } = route(command);
  return { command, path, body, idempotencyKey: demoKey(path, body) };
}

function route(command: DemoCommand): { path: string; body: Record<string, unknown> } {
  switch (command.type) {
    case 'DraftImprovementPlan':
    case 'AddPlanPriority':
    case 'AmendPlanPriority':
    case 'AddPlanAction':
    case 'AmendPlanAction':
    case 'RatePlanPriority':
    case 'ConfirmImprovementPlan':
    case 'CloseImprovementPlanYear':
    case 'CommitPlanSupport': {
      const { path, body } = planRequest(command);
      return { path, body };
    }
    case 'RegisterAcademy': {
      const { type: _type, ...body } = command;
      return { path: '/academies', body };
    }
    case 'SetKpiTarget': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/kpi-targets`, body };
    }
    case 'RecordKpi': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/kpis`, body };
    }
    case 'CorrectKpi': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/kpis/corrections`, body };
    }
    case 'RecordInspection': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/inspections`, body };
    }
    case 'RecordAnnualReview': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/annual-reviews`, body };
    }
    case 'RecordOutcome': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/outcomes`, body };
    }
    case 'AssessRisk': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/risk-assessments`, body };
    }
    case 'RecordBaseline': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/baseline`, body };
    }
    case 'AssignSip': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/sip-assignments`, body };
    }
    case 'RecordSipVisit': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/sip-visits`, body };
    }
    case 'RecordCommissionedReview': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/reviews`, body };
    }
    case 'DecideTier': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/tier-decisions`, body };
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function percentage(value: number): number {
  return oneDecimal(Math.min(100, Math.max(0, value)));
}

function grade(value: number): number {
  return Math.min(4, Math.max(1, Math.round(value)));
}
