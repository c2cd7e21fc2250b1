/**
 * `npm run eval:minutes [-- --only <substring>] [-- --no-pdf] [-- --json] [-- --folder <dir>]…`
 *
 * How well the import understands minutes: every labelled paper (the shared
 * corpus, and tests/fixtures/shapes when present) imported as published and, for
 * text and web pages, printed to PDF by Chromium, scored against the clerk's key.
 * Prints a block a paper, the totals and, as the last line, one JSON object.
 */
import { parseArgs } from 'node:util';
import { paperReport, summarise, totalsReport } from './report-minutes';
import { runMinutesEval } from './run-minutes-eval';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    folder: { type: 'string', multiple: true, default: [] },
  },
});

const run = await runMinutesEval({
  ...(args.only === undefined ? {} : { only: args.only }),
  folders: args.folder,
  forms: args['no-pdf'] ? ['published'] : ['published', 'pdf'],
  onResult: args.json ? undefined : (result) => console.log(`${paperReport(result)}\n`),
});
if (run.sets.length === 0) {
  console.error(
    args.folder.length > 0
      ? `No labelled papers found: expected an expected.json in ${args.folder.join(', ')}.`
      : 'No labelled papers found: expected ../shared/fixtures/corpus/expected.json or tests/fixtures/shapes/.',
  );
  process.exit(1);
}
if (run.results.length === 0) {
  console.error(`No paper's name contains "${args.only}".`);
  process.exitCode = 1;
}
if (!args.json) console.log(`${totalsReport(run)}\n`);
const { sets, ...totals } = summarise(run);
console.log(JSON.stringify({ ...totals, sets }));
