/** The console's pages in the navigation, each shown only to those whose roles the API lets read it. */
export const NAVIGATION: readonly { label: string; path: string; permission: string }[] = [
  { label: 'Trust overview', path: '/', permission: 'academies.list' },
  { label: 'Tier decisions', path: '/tier-decisions', permission: 'tier-decisions.list' },
  { label: 'Compliance', path: '/compliance', permission: 'compliance.read' },
  { label: 'Finance', path: '/finance', permission: 'reconciliation.read' },
  { label: 'Peer reviews', path: '/peer-reviews', permission: 'peer-reviews.read-group' },
  { label: 'Expertise', path: '/expertise', permission: 'expertise.search' },
];

export function navigationFor(permissions: readonly string[]): typeof NAVIGATION {
  return NAVIGATION.filter((item) => permissions.includes(item.permission));
}
