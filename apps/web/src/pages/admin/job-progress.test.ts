import { describe, expect, it } from 'vitest';
import { jobKind, progressPercent } from './job-progress';

describe('progressPercent', () => {
  it('reads a rebuild\'s percentage and an import\'s done of total, bounded to 0–100', () => {
    expect(progressPercent({ state: 'active', progress: 42 })).toBe(42);
    expect(progressPercent({ state: 'active', progress: 130 })).toBe(100);
    expect(progressPercent({ state: 'active', progress: { done: 30, total: 120, stored: 30, skipped: 0 } })).toBe(25);
    expect(progressPercent({ state: 'active', progress: { done: 0, total: 0 } })).toBe(100);
  });

  it('is full once completed, and null for progress a bar cannot show', () => {
    expect(progressPercent({ state: 'completed', progress: 0 })).toBe(100);
    expect(progressPercent({ state: 'active', progress: { projection: 'academy-card' } })).toBeNull();
  });
});

describe('jobKind', () => {
  it('names the ledger\'s jobs in words, and any other by its name', () => {
    expect(jobKind('projection-rebuild')).toBe('Rebuild');
    expect(jobKind('report-snapshot')).toBe('Report');
    expect(jobKind('deadline-check')).toBe('Deadline check');
  });
});
