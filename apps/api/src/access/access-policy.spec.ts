import { ROLES, SCOPED_ROLES, type Role } from '@trust/tokens';
import { ACCESS_POLICY, decideAccess, PERMISSIONS, type Permission } from './access-policy.js';
import type { Principal } from './principal.js';

function user(roles: Role[], academies: string[] = []): Principal {
  return { userId: 'u1', name: 'U One', roles, academies };
}

describe('the access policy', () => {
  it.each(PERMISSIONS)('%s: trust-admin may, and the row says why', (permission) => {
    const rule = ACCESS_POLICY[permission];
    expect(rule.roles).toContain('trust-admin');
    expect(rule.why.length).toBeGreaterThan(20);
  });

  it('never lists a scoped role on a trust-wide permission', () => {
    for (const permission of PERMISSIONS) {
      const rule = ACCESS_POLICY[permission];
      if (rule.scope === 'trust') expect(rule.roles.filter((role) => SCOPED_ROLES.includes(role))).toEqual([]);
    }
  });

  it('lets only trust-admin register an academy', () => {
    for (const role of ROLES) {
      expect(decideAccess('academies.register', user([role], ['100001']), undefined).allowed).toBe(role === 'trust-admin');
    }
  });

  it('finance and the standards committee read every academy but write no evidence', () => {
    const writes: Permission[] = ['academies.register', 'kpi-targets.set', 'kpis.record', 'kpis.correct'];
    for (const role of ['finance', 'standards-committee'] as const) {
      expect(decideAccess('academy-card.read', user([role]), '100001')).toEqual({ allowed: true, role, academies: 'all' });
      expect(decideAccess('academies.list', user([role]), undefined)).toEqual({ allowed: true, role, academies: 'all' });
      for (const permission of writes) expect(decideAccess(permission, user([role]), '100001').allowed).toBe(false);
    }
  });

  it('lets a headteacher record and correct KPIs of their own academy only, and never set targets', () => {
    const head = user(['headteacher'], ['100001']);
    expect(decideAccess('kpis.record', head, '100001')).toEqual({ allowed: true, role: 'headteacher', academies: ['100001'] });
    expect(decideAccess('kpis.correct', head, '100001')).toMatchObject({ allowed: true, role: 'headteacher' });
    expect(decideAccess('kpis.record', head, '100002')).toEqual({ allowed: false, reason: 'academy 100002 is not one of your academies' });
    expect(decideAccess('kpi-targets.set', head, '100001').allowed).toBe(false);
  });

  it('lets a governor and a SIP read their own academy\'s card and record nothing', () => {
    for (const role of ['governor', 'sip'] as const) {
      const member = user([role], ['100001', '100003']);
      expect(decideAccess('academy-card.read', member, '100003')).toMatchObject({ allowed: true, role });
      expect(decideAccess('academy-card.read', member, '100002').allowed).toBe(false);
      expect(decideAccess('kpis.record', member, '100001').allowed).toBe(false);
    }
  });

  it("lets a headteacher draft, amend and rate their own academy's improvement plan, never confirm, close or commit support to it; every role reads plans within its scope", () => {
    const head = user(['headteacher'], ['100001']);
    for (const permission of ['improvement-plans.draft', 'improvement-plans.amend', 'improvement-plans.rate'] as const) {
      expect(decideAccess(permission, head, '100001')).toMatchObject({ allowed: true, role: 'headteacher' });
      expect(decideAccess(permission, head, '100002').allowed).toBe(false);
    }
    for (const permission of ['improvement-plans.confirm', 'improvement-plans.close', 'improvement-plans.commit-support'] as const) {
      expect(decideAccess(permission, head, '100001').allowed).toBe(false);
      expect(decideAccess(permission, user(['improvement-director']), '100001')).toMatchObject({ allowed: true, role: 'improvement-director' });
    }
    for (const role of ['governor', 'sip'] as const) {
      expect(decideAccess('improvement-plans.read', user([role], ['100001']), '100001').allowed).toBe(true);
      expect(decideAccess('improvement-plans.read', user([role], ['100001']), '100002').allowed).toBe(false);
      expect(decideAccess('improvement-plans.amend', user([role], ['100001']), '100001').allowed).toBe(false);
    }
    for (const role of ['standards-committee', 'finance'] as const) {
      expect(decideAccess('improvement-plans.read', user([role]), '100001')).toEqual({ allowed: true, role, academies: 'all' });
      expect(decideAccess('improvement-plans.rate', user([role]), '100001').allowed).toBe(false);
    }
  });

  it('gives scoped roles only their own academies in a list, and refuses nobody', () => {
    expect(decideAccess('academies.list', user(['governor'], ['100001']), undefined)).toEqual({ allowed: true, role: 'governor', academies: ['100001'] });
    expect(decideAccess('academies.list', user(['sip']), undefined)).toEqual({ allowed: true, role: 'sip', academies: [] });
  });

  it('refuses a user with no roles this API knows', () => {
    expect(decideAccess('academies.list', user([]), undefined)).toEqual({ allowed: false, reason: 'academies.list is not allowed to a user with no roles' });
  });

  it('acts as the first of the user\'s roles the rule allows, on that academy', () => {
    const both = user(['headteacher', 'improvement-director'], ['100001']);
    expect(decideAccess('kpis.record', both, '100001')).toMatchObject({ role: 'headteacher', academies: 'all' });
    expect(decideAccess('kpis.record', both, '100002')).toMatchObject({ role: 'improvement-director' });
    expect(decideAccess('kpi-targets.set', both, '100001')).toMatchObject({ role: 'improvement-director' });
    expect(decideAccess('academies.register', user(['sip', 'finance', 'trust-admin']), undefined)).toMatchObject({ role: 'trust-admin' });
  });

  it('sees every academy once any allowed role is trust-wide', () => {
    expect(decideAccess('academies.list', user(['governor', 'finance'], ['100001']), undefined)).toEqual({
      allowed: true,
      role: 'governor',
      academies: 'all',
    });
  });
});

describe('the access policy for finance', () => {
  it('lets finance and trust-admin set rate cards, agree budgets, reverse recharges and reconcile; no one else', () => {
    for (const permission of ['rate-cards.set', 'improvement-budgets.agree', 'recharges.reverse', 'reconciliation.read'] as const) {
      for (const role of ROLES) {
        expect(decideAccess(permission, user([role], ['100001']), '100001').allowed).toBe(role === 'trust-admin' || role === 'finance');
      }
    }
  });

  it('lets the improvement director log recharges and core days, and finance only recharges', () => {
    const allowed = (permission: Permission, role: Role) => decideAccess(permission, user([role], ['100001']), '100001').allowed;
    expect(ROLES.filter((role) => allowed('recharges.log', role))).toEqual(['trust-admin', 'improvement-director', 'finance']);
    expect(ROLES.filter((role) => allowed('core-days.log', role))).toEqual(['trust-admin', 'improvement-director']);
  });

  it('lets a headteacher read the ledger of an academy of their own, named in academyId, and nothing else', () => {
    const head = user(['headteacher'], ['100001', '100003']);
    expect(decideAccess('ledger.read', head, '100003')).toEqual({ allowed: true, role: 'headteacher', academies: ['100003'] });
    expect(decideAccess('ledger.read', head, '100002')).toEqual({ allowed: false, reason: 'academy 100002 is not one of your academies' });
    expect(decideAccess('ledger.read', head, undefined)).toEqual({ allowed: false, reason: 'name one of your academies in academyId' });
    for (const role of ['governor', 'sip', 'standards-committee', 'improvement-director'] as const) {
      expect(decideAccess('ledger.read', user([role], ['100001']), '100001').allowed).toBe(false);
    }
  });

  it('lets finance and trust-admin read the whole ledger or one academy\'s', () => {
    for (const role of ['finance', 'trust-admin'] as const) {
      expect(decideAccess('ledger.read', user([role]), undefined)).toEqual({ allowed: true, role, academies: 'all' });
      expect(decideAccess('ledger.read', user([role]), '100002')).toEqual({ allowed: true, role, academies: 'all' });
    }
    expect(decideAccess('ledger.read', user(['headteacher', 'finance'], ['100001']), undefined)).toEqual({ allowed: true, role: 'finance', academies: 'all' });
  });
});

describe('the access policy for evidence and tiers', () => {
  const evidenceWrites: Permission[] = [
    'inspections.record',
    'annual-reviews.record',
    'outcomes.record',
    'risk-assessments.record',
    'baseline.record',
    'sip-assignments.record',
    'sip-visits.record',
    'reviews.record',
  ];
  const allowedRoles = (permission: Permission, academyId: string | undefined = '100001') =>
    ROLES.filter((role) => decideAccess(permission, user([role], ['100001']), academyId).allowed);

  it('lets only trust-admin and the improvement director record evidence or decide a tier', () => {
    for (const permission of [...evidenceWrites, 'tier-decisions.decide'] as const) {
      expect(allowedRoles(permission)).toEqual(['trust-admin', 'improvement-director']);
    }
  });

  it("never lets a headteacher record their own academy's annual review, a governor decide a tier, or finance write evidence", () => {
    expect(decideAccess('annual-reviews.record', user(['headteacher'], ['100001']), '100001').allowed).toBe(false);
    expect(decideAccess('tier-decisions.decide', user(['governor'], ['100001']), '100001').allowed).toBe(false);
    for (const permission of evidenceWrites) expect(decideAccess(permission, user(['finance']), '100001').allowed).toBe(false);
  });

  it("lets the trust, the committee and an academy's own people read its recommendation and tier history; finance not", () => {
    for (const permission of ['tier-recommendation.read', 'tier-history.read'] as const) {
      expect(allowedRoles(permission)).toEqual(['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip']);
      expect(allowedRoles(permission, '100002')).toEqual(['trust-admin', 'standards-committee', 'improvement-director']);
    }
  });

  it("keeps the year's decisions for the trust and the committee, and compliance for them and finance", () => {
    expect(allowedRoles('tier-decisions.list', undefined)).toEqual(['trust-admin', 'standards-committee', 'improvement-director']);
    expect(allowedRoles('compliance.read', undefined)).toEqual(['trust-admin', 'standards-committee', 'improvement-director', 'finance']);
    expect(decideAccess('compliance.read', user(['finance']), undefined)).toEqual({ allowed: true, role: 'finance', academies: 'all' });
  });
});
