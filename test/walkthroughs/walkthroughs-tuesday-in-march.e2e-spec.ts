import { describeWalkthroughsOn } from './walkthroughs-on-a-day.js';

// A Tuesday in the spring term: meetings ahead and behind, deadlines running.
describeWalkthroughsOn('a Tuesday in March', '2027-03-09T14:00:00.000Z');
