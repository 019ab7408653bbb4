import { decisionIdFor } from './decision-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[48][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const actor = { userId: 'dee', role: 'improvement-director' };

describe('decisionIdFor', () => {
  it('derives the same UUID from the same key, user and academy, so a retried request targets the same decision', () => {
    const id = decisionIdFor('140001', { actor, idempotencyKey: 'decide-2024' });
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('8');
    expect(decisionIdFor('140001', { actor: { ...actor, role: 'trust-admin' }, idempotencyKey: 'decide-2024' })).toBe(id);
  });

  it('derives another for another key, user or academy', () => {
    const id = decisionIdFor('140001', { actor, idempotencyKey: 'decide-2024' });
    expect(decisionIdFor('140001', { actor, idempotencyKey: 'decide-2025' })).not.toBe(id);
    expect(decisionIdFor('140001', { actor: { ...actor, userId: 'ada' }, idempotencyKey: 'decide-2024' })).not.toBe(id);
    expect(decisionIdFor('140002', { actor, idempotencyKey: 'decide-2024' })).not.toBe(id);
  });

  it('is random without a key', () => {
    const id = decisionIdFor('140001', { actor, idempotencyKey: null });
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('4');
    expect(decisionIdFor('140001', { actor, idempotencyKey: null })).not.toBe(id);
  });
});
