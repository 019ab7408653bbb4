import { describeDemoLoadedOn } from './test-support/demo-on-a-day.js';

// A Tuesday in the spring term: a school day, the autumn term's figures in, this year's diary still ahead.
describeDemoLoadedOn({ day: 'a Tuesday in March', now: new Date('2026-03-10T10:00:00.000Z'), termsEnded: ['autumn'], plannedYear: '2025/26' });
