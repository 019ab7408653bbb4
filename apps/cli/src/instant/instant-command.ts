import { DEMO_INSTANT_NAMES, findDemoInstant, isDemoInstantName } from '../demo/demo-instants.js';
import type { DemoApi } from '../demo/demo-post.js';

export const INSTANT_USAGE = `Options of instant <name>:
  <name>          One of ${DEMO_INSTANT_NAMES.join(', ')}: just before the demo's first KPI
                  correction, its tier revision, its recharge reversal, the spring AIM that amended
                  Harbour Lights' improvement plan was recorded
  --url <url>     The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --token <jwt>   A bearer token that may read the audit trail (default: a trust-admin token, as demo)

Prints one ISO 8601 instant, for ?asOf=: INSTANT=$(npm run --silent cli -- instant before-correction)`;

/** The instant `name` names on the API's trust: one millisecond before the event was recorded. */
export async function runInstantCommand(name: string | undefined, api: Omit<DemoApi, 'print'>): Promise<string> {
  if (name === undefined || !isDemoInstantName(name)) {
    throw new Error(`instant takes one of ${DEMO_INSTANT_NAMES.join(', ')}${name === undefined ? '' : `, got "${name}"`}\n\n${INSTANT_USAGE}`);
  }
  const found = await findDemoInstant({ ...api, print: () => undefined }, name);
  if (found === null) throw new Error(`The API at ${api.baseUrl} holds no event for ${name}: load the demo first (npm run demo)`);
  return found.instant;
}
