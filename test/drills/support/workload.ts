import type { CommandOutcome, DrillClient } from './client.js';

export interface PlannedCommand {
  path: string;
  body: unknown;
  key: string;
}

const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];
const KPIS = ['progress', 'curriculum', 'teaching', 'attendance', 'transition'] as const;
const TERMS = ['autumn', 'spring', 'summer'] as const;

function figure(kpi: (typeof KPIS)[number], seed: number): number {
  return kpi === 'curriculum' ? 1 + (seed % 4) : 60 + (seed % 400) / 10;
}

/**
 * One academy's history as commands, in an order the domain accepts: registration, then for each year a
 * target per KPI, each term's figures and a recharge of trust-centre support (121 + 6 commands, one event each).
 */
export function academyCommands(drill: string, urn: string): PlannedCommand[] {
  const commands: PlannedCommand[] = [];
  const key = (what: string): string => `drill-${drill}-${urn}-${what}`;
  commands.push({
    path: '/academies',
    body: { academyId: urn, name: `Drill Academy ${urn}`, phase: 'primary', hub: 'Drill', joinedOn: '2019-09-01' },
    key: key('register'),
  });
  YEARS.forEach((academicYear, y) => {
    for (const kpi of KPIS) {
      commands.push({ path: `/academies/${urn}/kpi-targets`, body: { academicYear, kpi, target: kpi === 'curriculum' ? 2 : 85 }, key: key(`target-${academicYear}-${kpi}`) });
    }
    TERMS.forEach((term, t) => {
      KPIS.forEach((kpi, k) => {
        commands.push({
          path: `/academies/${urn}/kpis`,
          body: { kpi, academicYear, term, value: figure(kpi, Number(urn) + y * 31 + t * 7 + k) },
          key: key(`kpi-${academicYear}-${term}-${kpi}`),
        });
      });
    });
    const startYear = Number(academicYear.slice(0, 4));
    commands.push({
      path: '/recharges',
      body: { supportedAcademyId: urn, providerRole: 'improvement-director', providerAcademyId: null, days: 1.5, deliveredOn: `${startYear + 1}-02-0${(y % 8) + 1}`, description: `Drill support ${academicYear}` },
      key: key(`recharge-${academicYear}`),
    });
  });
  return commands;
}

/** A drill's academy URNs: six digits, distinct per drill and client. */
export function drillUrns(drillNumber: number, clients: number, academiesPerClient: number): string[][] {
  return Array.from({ length: clients }, (_, c) => Array.from({ length: academiesPerClient }, (_, a) => `${drillNumber}${String(c).padStart(2, '0')}${String(a + 1).padStart(3, '0')}`));
}

/** Runs each client's commands in order (a client waits for each answer), the clients side by side. */
export async function runClients(clients: DrillClient[], plans: PlannedCommand[][], onProgress?: (done: number) => void): Promise<CommandOutcome[]> {
  const outcomes: CommandOutcome[] = [];
  let done = 0;
  await Promise.all(
    clients.map(async (client, index) => {
      for (const command of plans[index] ?? []) {
        outcomes.push(await client.command(command.path, command.body, command.key));
        done += 1;
        onProgress?.(done);
      }
    }),
  );
  return outcomes;
}
