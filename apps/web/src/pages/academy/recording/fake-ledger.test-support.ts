import { meAnswer, type FakeAnswer, type FakeApi } from '../../../../test/render';

/** A command the form sent: its path, body and Idempotency-Key. */
export interface SentCommand {
  path: string;
  body: unknown;
  key: string | null;
}

export const ACADEMY = '149765';

/** The director's permissions on the Academy page (apps/api/src/access/access-policy.ts). */
export const DIRECTOR = [
  'academy-card.read',
  'kpis.record',
  'kpis.correct',
  'tier-decisions.decide',
  'tier-recommendation.read',
  'tier-history.read',
  'inspections.record',
  'outcomes.record',
  'annual-reviews.record',
  'risk-assessments.record',
  'sip-visits.record',
  'reviews.record',
];

export const ANSWER = { id: ACADEMY, streamId: `academy-${ACADEMY}`, position: '42', events: ['KpiRecorded'] };

/** A card with one figure: attendance, autumn 2024/25, 94.6. */
export const CARD = {
  academyId: ACADEMY,
  name: 'Harbour Lights Primary Academy',
  kpis: [{ kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 94.6, target: 95, nationalAverage: 94.4, rag: 'amber', corrected: false, source: 'academy-data' }],
};

/**
 * A fake ledger for a form: /auth/me with these permissions, the reads given, and each POST recorded in
 * `sent` and answered by `answers` in turn (the last one again once they run out).
 */
export function fakeLedger(permissions: string[], answers: FakeAnswer[], reads: Record<string, FakeAnswer | ((query: URLSearchParams) => FakeAnswer)> = {}) {
  const sent: SentCommand[] = [];
  let next = 0;
  const api: FakeApi = ({ method, path, query, headers, body }) => {
    if (path === '/auth/me') return meAnswer(permissions, ['improvement-director']);
    if (method === 'POST') {
      sent.push({ path, body: body === null ? null : JSON.parse(body), key: headers.get('Idempotency-Key') });
      const answer = answers[Math.min(next, answers.length - 1)];
      next += 1;
      return answer;
    }
    if (path === `/academies/${ACADEMY}/card`) return { body: CARD };
    const read = reads[path];
    return typeof read === 'function' ? read(query) : read;
  };
  return { api, sent };
}
