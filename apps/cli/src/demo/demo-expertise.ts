import { type ExpertiseArea, type ExpertiseEntryInput, type SupportRole } from '@trust/domain';
import { count, postDemoCommand, type DemoApi, type DemoCounts } from './demo-post.js';
import type { DemoAcademy } from './demo-trust.js';

/**
 * The demo's database of expertise (seed 003): every headteacher, each "a strategic lead in at least one
 * area", the two hub improvement leads (employed centrally), and teachers and support staff of some
 * academies — twenty people — and one who has left the trust, withdrawn.
 */

export interface DemoExpertiseEntry extends ExpertiseEntryInput {
  otherAreas: string[];
}

export interface DemoExpertise {
  entries: DemoExpertiseEntry[];
  /** Staff ids withdrawn after being registered. */
  withdrawn: { staffId: string; reason: string }[];
}

const HEAD_STRENGTHS: readonly (readonly ExpertiseArea[])[] = [
  ['phonics', 'early-reading', 'leadership'],
  ['maths-mastery', 'assessment'],
  ['church-school-distinctiveness', 'governance'],
  ['curriculum-design', 'middle-leadership'],
  ['send', 'behaviour'],
  ['attendance', 'pupil-premium'],
  ['early-years', 'phonics'],
  ['english', 'writing'],
  ['safeguarding', 'leadership'],
  ['eal', 'early-reading'],
  ['send', 'curriculum-design'],
  ['maths-mastery', 'early-career-teachers'],
];

const STAFF: readonly { suffix: string; name: string; role: SupportRole; areas: ExpertiseArea[]; otherAreas: string[] }[] = [
  { suffix: 'phonics-lead', name: 'Priya Shah', role: 'teacher', areas: ['phonics', 'early-reading'], otherAreas: ['Read Write Inc'] },
  { suffix: 'maths-lead', name: 'Tom Okafor', role: 'teacher', areas: ['maths-mastery'], otherAreas: ['Maths No Problem'] },
  { suffix: 'senco', name: 'Helen Marsh', role: 'teacher', areas: ['send'], otherAreas: ['Autism-friendly classrooms'] },
  { suffix: 'writing-lead', name: 'Grace Bell', role: 'teacher', areas: ['writing', 'english'], otherAreas: ['Talk for Writing'] },
  { suffix: 'business-manager', name: 'Raj Patel', role: 'support-staff', areas: ['school-business-management'], otherAreas: [] },
  { suffix: 'attendance-officer', name: 'Lucy Wren', role: 'support-staff', areas: ['attendance'], otherAreas: ['Persistent absence casework'] },
];

export function buildDemoExpertise(academies: readonly DemoAcademy[]): DemoExpertise {
  const heads = academies.map(
    (academy, index): DemoExpertiseEntry => ({
      staffId: `head-${academy.academyId}`,
      name: `Headteacher of ${academy.name}`,
      academyId: academy.academyId,
      role: 'headteacher',
      areas: [...(HEAD_STRENGTHS[index % HEAD_STRENGTHS.length] ?? ['leadership'])],
      otherAreas: [],
    }),
  );
  const hubLeads: DemoExpertiseEntry[] = [
    { staffId: 'hub-lead-north', name: 'Nadia Hughes', academyId: null, role: 'hub-lead', areas: ['leadership', 'curriculum-design', 'assessment'], otherAreas: ['Secondary curriculum'] },
    { staffId: 'hub-lead-south', name: 'Sam Adeyemi', academyId: null, role: 'hub-lead', areas: ['early-years', 'phonics', 'send'], otherAreas: [] },
  ];
  // Teachers and support staff of every other academy, in order.
  const staff = STAFF.map((member, index): DemoExpertiseEntry => {
    const academy = academies[(index * 2) % academies.length];
    if (academy === undefined) throw new Error('the demo expertise needs the demo academies');
    return { staffId: `${member.suffix}-${academy.academyId}`, name: member.name, academyId: academy.academyId, role: member.role, areas: [...member.areas], otherAreas: [...member.otherAreas] };
  });
  const leaver = staff[staff.length - 1];
  return {
    entries: [...heads, ...hubLeads, ...staff],
    withdrawn: leaver === undefined ? [] : [{ staffId: leaver.staffId, reason: 'Left the trust' }],
  };
}

/** Loads the database of expertise through the API; every command has a fixed Idempotency-Key, so a re-run appends nothing. */
export async function loadDemoExpertise(api: DemoApi, academies: readonly DemoAcademy[], total: DemoCounts): Promise<void> {
  const { entries, withdrawn } = buildDemoExpertise(academies);
  const counts: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
  for (const entry of entries) count(counts, await postDemoCommand(api, '/expertise', { ...entry }, `demo-expertise-${entry.staffId}`));
  for (const { staffId, reason } of withdrawn) {
    count(counts, await postDemoCommand(api, `/expertise/${encodeURIComponent(staffId)}/withdrawal`, { reason }, `demo-expertise-withdraw-${staffId}`));
  }
  total.requests += counts.requests;
  total.appended += counts.appended;
  total.replayed += counts.replayed;
  api.print(`[expertise] ${entries.length} staff listed, ${withdrawn.length} withdrawn: ${counts.appended} events appended, ${counts.replayed} already loaded`);
}
