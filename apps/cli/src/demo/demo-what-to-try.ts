import { DEMO_DAY_BEFORE_SPRING_AIMS } from './demo-aims.js';
import { DEMO_PAST_YEAR } from './demo-calendar.js';
import { DEMO_FINANCE_YEAR } from './demo-finance.js';
import { DEMO_INSTANT_NAMES, exampleRead, findDemoInstant } from './demo-instants.js';
import { DEMO_PLAN_TO_TRY } from './demo-plans.js';
import type { DemoApi } from './demo-post.js';
import type { DemoRunSummary } from './run-demo.js';

/**
 * What the demo prints once loaded: the instants worth travelling back to, each with a read that shows the
 * change, the AIM whose documents are overdue, and an improvement plan worth reading. Every id is read back from the API, so a re-run prints the
 * same.
 */
export async function demoWhatToTry(api: DemoApi, summary: Pick<DemoRunSummary, 'overdueAim'>): Promise<string[]> {
  const lines = [`To look around, export TOKEN=$(npm run -s token -- --role trust-admin) API=${api.baseUrl} and try:`];
  const found = await Promise.all(DEMO_INSTANT_NAMES.map((name) => findDemoInstant(api, name)));
  for (const instant of found) {
    if (instant === null) continue;
    lines.push(
      `  ${instant.name}: ${instant.instant}, just before ${instant.what}${instant.event.academyIds.length === 0 ? '' : ` (academy ${instant.event.academyIds.join(', ')})`}`,
      `    INSTANT=$(npm run --silent cli -- instant ${instant.name})`,
      `    ${exampleRead(instant, DEMO_FINANCE_YEAR)}`,
    );
  }
  const overdue = summary.overdueAim;
  if (overdue !== undefined && overdue !== null) {
    lines.push(
      `  academy ${overdue.academyId} has AIM documents overdue: its short-notice AIM ${overdue.aimId}`,
      `    curl -s -H "Authorization: Bearer $TOKEN" "$API/aims/${overdue.aimId}"`,
      `    curl -s -H "Authorization: Bearer $TOKEN" "$API/academies/${overdue.academyId}/aims"`,
    );
  }
  const { academyId, name, academicYear } = DEMO_PLAN_TO_TRY;
  lines.push(
    `  ${name}'s improvement plan for ${academicYear}: each priority's RAG history across its AIMs, the amendment made at its spring AIM,`,
    `  and the support committed against what delivered it (read it as of before-spring-aim above, or on a day before that AIM, to see it before); every academy's support in compliance`,
    `    curl -s -H "Authorization: Bearer $TOKEN" "$API/academies/${academyId}/improvement-plans/${academicYear.replace('/', '-')}"`,
    `    curl -s -H "Authorization: Bearer $TOKEN" "$API/academies/${academyId}/improvement-plans/${academicYear.replace('/', '-')}?on=${DEMO_DAY_BEFORE_SPRING_AIMS}"`,
    `    curl -s -H "Authorization: Bearer $TOKEN" "$API/compliance?academicYear=${academicYear}&academyId=${academyId}"`,
  );
  lines.push(
    `  ${DEMO_PAST_YEAR}, recorded after the fact: three AIMs held by every academy, and the safeguarding concern of a peer review visit`,
    `    curl -s -H "Authorization: Bearer $TOKEN" "$API/compliance?academicYear=${DEMO_PAST_YEAR}"`,
    `    curl -s -H "Authorization: Bearer $TOKEN" "$API/safeguarding-concerns"`,
  );
  return lines;
}
