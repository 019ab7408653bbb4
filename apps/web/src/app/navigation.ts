/** The console's pages in the navigation, each shown only to those whose roles the API lets read it or record on it (any of `permissions`). */
export const NAVIGATION: readonly { label: string; path: string; permissions: readonly string[] }[] = [
  { label: 'Trust overview', path: '/', permissions: ['academies.list'] },
  { label: 'Tier decisions', path: '/tier-decisions', permissions: ['tier-decisions.list'] },
  { label: 'Compliance', path: '/compliance', permissions: ['compliance.read'] },
  // The improvement director logs the recharges and core days they broker and give, without reconciling.
  { label: 'Finance', path: '/finance', permissions: ['reconciliation.read', 'recharges.log', 'core-days.log'] },
  { label: 'Peer reviews', path: '/peer-reviews', permissions: ['peer-reviews.read-group'] },
  { label: 'Expertise', path: '/expertise', permissions: ['expertise.search'] },
  { label: 'Administration', path: '/admin', permissions: ['projections.read'] },
];

export function navigationFor(permissions: readonly string[]): typeof NAVIGATION {
  return NAVIGATION.filter((item) => item.permissions.some((permission) => permissions.includes(permission)));
}
