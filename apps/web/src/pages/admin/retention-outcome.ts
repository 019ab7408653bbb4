/** What a retention job's result says, in words: how many records it erased (by category) and how many keys it checked. */
export function retentionOutcome(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  const { erased, checked, byCategory } = result as { erased?: unknown; checked?: unknown; byCategory?: unknown };
  if (typeof erased !== 'number' || typeof checked !== 'number') return null;
  const categories = Object.entries(typeof byCategory === 'object' && byCategory !== null ? (byCategory as Record<string, number>) : {})
    .map(([category, count]) => `${categoryName(category)} ${count.toLocaleString('en-GB')}`)
    .join(', ');
  const records = erased === 1 ? '1 record' : `${erased.toLocaleString('en-GB')} records`;
  const keys = checked === 1 ? '1 key' : `${checked.toLocaleString('en-GB')} keys`;
  return erased === 0 ? `Nothing had passed retention (${keys} checked).` : `Erased ${records} past retention (${categories}); ${keys} checked. The read models are being rebuilt.`;
}

/** A category of personal data, in words. */
export function categoryName(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.replace(/^./, (first) => first.toUpperCase()).replace(/\baim\b/i, 'AIM');
}
