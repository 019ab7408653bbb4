import { describeWalkthroughsOn } from './walkthroughs-on-a-day.js';

// A Sunday in the summer holiday: no school day, no term; the demo and every page must still hold.
describeWalkthroughsOn('a Sunday in August', '2027-08-15T10:30:00.000Z');
