import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../../../api/test/test-support/test-app.js';
import { buildDemoThisYear, type DemoThisYear } from '../demo-this-year.js';
import { buildDemoTrust, type DemoAcademy } from '../demo-trust.js';

/** The demo trust with only each academy's registration: for tests of the parts loaded after it. */
export function demoRegistrationsOnly(): DemoAcademy[] {
  return buildDemoTrust().map((academy) => ({
    ...academy,
    requests: academy.requests.filter((request) => request.command.type === 'RegisterAcademy'),
  }));
}

/** Where a test app listens, as the demo loader is given it. */
export function baseUrlOf(api: TestApp): string {
  return `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
}

const KPI_COMMANDS = new Set(['SetKpiTarget', 'RecordKpi', 'CorrectKpi']);

/**
 * The demo trust cut to what its instants need: every registration, the figures the demo corrects with their
 * corrections, and the evidence and tier decisions of the academy whose tier is revised. The rest of the KPI
 * history and the other academies' evidence are not what a test of the instants is about.
 */
export function demoForTimeTravel(): DemoAcademy[] {
  return buildDemoTrust().map((academy) => {
    const corrections = academy.requests.flatMap(({ command }) => (command.type === 'CorrectKpi' ? [command] : []));
    const revised = academy.requests.filter(({ command }) => command.type === 'DecideTier' && command.academicYear === '2024/25').length > 1;
    return {
      ...academy,
      requests: academy.requests.filter(({ command }) => {
        if (command.type === 'RegisterAcademy' || command.type === 'CorrectKpi') return true;
        if (command.type === 'RecordKpi') {
          return corrections.some((correction) => correction.kpi === command.kpi && correction.academicYear === command.academicYear && correction.term === command.term);
        }
        return revised && !KPI_COMMANDS.has(command.type);
      }),
    };
  });
}

/**
 * The current year of the demo cut as demoForTimeTravel cuts the trust: every academy's targets and figures,
 * but the year's evidence and tier decision only for the academy whose evidence is loaded (the others'
 * decisions would find none).
 */
export function thisYearForTimeTravel(today: string): DemoThisYear {
  const withEvidence = new Set(demoForTimeTravel().flatMap((academy) => (academy.requests.some(({ command }) => command.type === 'DecideTier') ? [academy.academyId] : [])));
  const thisYear = buildDemoThisYear(today);
  return {
    ...thisYear,
    academies: thisYear.academies.map((academy) => ({
      ...academy,
      requests: academy.requests.filter(({ command }) => withEvidence.has(academy.academyId) || KPI_COMMANDS.has(command.type)),
    })),
  };
}
