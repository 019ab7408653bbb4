/**
 * How often a property test tried each kind of command and how often the domain accepted it. A property
 * over histories that quietly skip refused commands tests little: its last check asks that every kind was
 * tried often enough and mostly accepted (`shortfalls` empty).
 */
export class AcceptedShares<Kind extends string> {
  private readonly counts = new Map<Kind, { tried: number; accepted: number }>();

  constructor(private readonly kinds: readonly Kind[]) {
    for (const kind of kinds) this.counts.set(kind, { tried: 0, accepted: 0 });
  }

  tried(kind: Kind): void {
    this.count(kind).tried += 1;
  }

  accepted(kind: Kind): void {
    this.count(kind).accepted += 1;
  }

  /** The kinds tried fewer than `minTried` times, or accepted less than `minShare` of the times they were tried. */
  shortfalls({ minTried, minShare }: { minTried: number; minShare: number }): { kind: Kind; tried: number; accepted: number; share: number }[] {
    return this.kinds
      .map((kind) => {
        const { tried, accepted } = this.count(kind);
        return { kind, tried, accepted, share: tried === 0 ? 0 : accepted / tried };
      })
      .filter(({ tried, share }) => tried < minTried || share < minShare);
  }

  /** `record 115/115, correct 104/104`: accepted of tried, kind by kind. */
  summary(): string {
    return this.kinds.map((kind) => `${kind} ${this.count(kind).accepted}/${this.count(kind).tried}`).join(', ');
  }

  private count(kind: Kind): { tried: number; accepted: number } {
    const count = this.counts.get(kind);
    if (count === undefined) throw new Error(`${kind} is not a kind this tally counts`);
    return count;
  }
}
