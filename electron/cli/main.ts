import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { parseUkDate } from '../../shared/dates/uk-date';
import { openBackend } from '../backend';
import { restoreBackup } from '../library/backup';
import { resolveLibraryPath } from '../library/default-path';
import { commands as libraryCommands, usage } from './commands';
import { councilCommands } from './council-commands';
import { deviceSyncCommands } from './device-sync-commands';
import { sourceImportWorker } from './source-worker';

const commands = { ...libraryCommands, ...councilCommands, ...deviceSyncCommands };

/** `npm run --silent cli -- <command> [--db PATH] [--json]`: the same API, for scripts. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      committee: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      'set-status': { type: 'string' },
      note: { type: 'string' },
      owner: { type: 'string' },
      due: { type: 'string' },
      meeting: { type: 'string' },
      since: { type: 'string' },
      site: { type: 'string' },
      keep: { type: 'string' },
      'include-confidential': { type: 'boolean', default: false },
      confidential: { type: 'string' },
      user: { type: 'string' },
    },
  });
  const [name, ...rest] = positionals;
  // Dates as a UK member types them (16/09/2021) or as scripts write them (2021-09-16).
  const from = isoDateOption(values.from, '--from');
  const to = isoDateOption(values.to, '--to');
  const since = isoDateOption(values.since, '--since');
  const command = name ? commands[name] : undefined;
  if (values.help || (!command && name !== 'restore')) {
    process.stdout.write(usage(commands));
    return values.help ? 0 : 2;
  }
  if (name === 'restore') {
    // Restoring replaces the library file: it opens no library itself, and refuses while anything else has it open.
    const backup = rest[0];
    if (!backup) throw new TypeError('Name the backup to restore: restore FILE.');
    const libraryPath = resolveLibraryPath(values.db);
    const { replacedKeptAs } = restoreBackup(libraryPath, backup);
    process.stdout.write(
      `Restored ${libraryPath} from ${backup}.${replacedKeptAs ? ` The library it replaced is kept as ${replacedKeptAs}.` : ''}\n`,
    );
    return 0;
  }
  const backend = openBackend({
    program: 'the command line (npm run cli)',
    dbOption: values.db,
    workerScript: sourceImportWorker,
  });
  try {
    return await (command as NonNullable<typeof command>).run({
      dispatch: backend.dispatch,
      args: rest,
      json: values.json,
      format: values.format,
      outFile: values.out,
      filters: { committee: values.committee, from, to, status: values.status },
      change: { status: values['set-status'], note: values.note, owner: values.owner, due: values.due },
      meeting: values.meeting,
      since,
      site: values.site,
      keep: values.keep,
      includeConfidential: values['include-confidential'],
      confidential: values.confidential,
      user: values.user,
      out: process.stdout,
      notices: process.stderr,
    });
  } finally {
    backend.close();
  }
}

function isoDateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseUkDate(value, option);
  if (!parsed.ok) throw new TypeError(parsed.message.replace('type the date as', 'give the date as'));
  return parsed.iso;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof ApiError || error instanceof TypeError ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  },
);
