import { describeFloors } from '../eval/minutes-floor';

/** The minutes evaluation (npm run eval:minutes) on the papers printed to PDF by Chromium. */
describeFloors('pdf');
