import type { Principal } from './principal.js';
import { VerifiedTokens } from './verified-tokens.js';

const head: Principal = { userId: 'hd-1', name: 'Ada Head', roles: ['headteacher'], academies: ['141023'] };
const T0 = Date.UTC(2026, 2, 10, 10, 0, 0);

function tokensAt(options: Partial<{ maxTokens: number; maxAgeMs: number; toleranceMs: number }> = {}): { tokens: VerifiedTokens; clock: { now: number } } {
  const clock = { now: T0 };
  return { tokens: new VerifiedTokens({ maxTokens: 10, maxAgeMs: 300_000, toleranceMs: 30_000, ...options }, () => clock.now), clock };
}

describe('tokens already verified', () => {
  it('given a token verified once, then the same text is known again, as the same user', () => {
    const { tokens } = tokensAt();
    tokens.put('a.b.c', head, T0 / 1000 + 3600);
    expect(tokens.get('a.b.c')).toEqual(head);
    expect(tokens.get('a.b.d')).toBeUndefined();
  });

  it('given a token that has expired since (beyond the clock tolerance), then it is not known: it is checked again, and refused', () => {
    const { tokens, clock } = tokensAt();
    tokens.put('a.b.c', head, T0 / 1000 + 60);
    clock.now = T0 + 60_000 + 29_000;
    expect(tokens.get('a.b.c')).toEqual(head);
    clock.now = T0 + 60_000 + 30_000;
    expect(tokens.get('a.b.c')).toBeUndefined();
  });

  it('given a token valid for a day, then it is checked again after at most maxAgeMs', () => {
    const { tokens, clock } = tokensAt({ maxAgeMs: 300_000 });
    tokens.put('a.b.c', head, T0 / 1000 + 86_400);
    clock.now = T0 + 300_000;
    expect(tokens.get('a.b.c')).toBeUndefined();
  });

  it('keeps at most maxTokens, the oldest going first, and nothing when maxTokens is 0', () => {
    const { tokens } = tokensAt({ maxTokens: 2 });
    for (const token of ['t1', 't2', 't3']) tokens.put(token, head, T0 / 1000 + 3600);
    expect(['t1', 't2', 't3'].map((token) => tokens.get(token) !== undefined)).toEqual([false, true, true]);
    const none = tokensAt({ maxTokens: 0 }).tokens;
    none.put('t1', head, T0 / 1000 + 3600);
    expect(none.get('t1')).toBeUndefined();
  });

  it('hands every request the same user, which none of them can change', () => {
    const { tokens } = tokensAt();
    tokens.put('a.b.c', { ...head, roles: [...head.roles], academies: [...head.academies] }, T0 / 1000 + 3600);
    const known = tokens.get('a.b.c')!;
    expect(() => (known.academies as string[]).push('999999')).toThrow(TypeError);
    expect(tokens.get('a.b.c')!.academies).toEqual(['141023']);
  });
});
