import { describeDemoLoadedOn } from './test-support/demo-on-a-day.js';

// A Sunday in the summer holiday: no school day, every term of 2025/26 ended, next year's diary planned.
describeDemoLoadedOn({ day: 'a Sunday in August', now: new Date('2026-08-16T11:00:00.000Z'), termsEnded: ['autumn', 'spring', 'summer'], plannedYear: '2026/27' });
