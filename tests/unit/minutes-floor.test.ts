import { describeFloors } from '../eval/minutes-floor';

/** The minutes evaluation (npm run eval:minutes) on the papers as published; the printed PDFs are in tests/e2e. */
describeFloors('published');
