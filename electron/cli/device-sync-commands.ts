import { syncStatusLine, type DeviceSyncStatus } from '../../shared/device-sync';
import { serverSetup } from '../sync/design-docs';
import { installDesignDocs } from '../sync/install-design-docs';
import { call, print, type Command, type CommandContext } from './commands';

/** The command line keeps no password: it is read from SCRUTINEER_SYNC_PASSWORD, or typed when asked. */
async function password(variable: string, prompt: string): Promise<string> {
  const fromEnvironment = process.env[variable];
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) throw new TypeError(`Set ${variable} to the password.`);
  process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    if (chunk.toString('utf8').includes('\n')) break;
  }
  return Buffer.concat(chunks).toString('utf8').trim();
}

function formatStatus(status: DeviceSyncStatus): string {
  if (!status.configured) return 'Sync is off. Set it up with: sync-server add URL --user NAME\n';
  const lines = [
    `${syncStatusLine(status)}`,
    `Server: ${status.url} as ${status.userName}${status.includeConfidential ? ', confidential items included' : ''}`,
    ...(status.trackers.length ? [`Committee trackers: ${status.trackers.join(', ')}`] : []),
    ...(status.conflicts
      ? [`${status.conflicts} changed on two devices: choose which to keep under Sync… in the app`]
      : []),
    ...(status.waitingForPapers
      ? [`${status.waitingForPapers} waiting for their paper or meeting to be imported here`]
      : []),
    ...status.refused.map((r) => `Refused by the server (${r.count}): ${r.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function committeesOf(context: CommandContext): Promise<string[]> {
  if (context.filters?.committee) return [context.filters.committee];
  const meetings = await call(context.dispatch, 'listMeetings', {});
  return [...new Set(meetings.map((m) => m.committee))];
}

/** Sync of notes and committee trackers with a CouchDB server. */
export const deviceSyncCommands: Record<string, Command> = {
  'sync-server': {
    summary:
      'sync-server add URL --user NAME [--include-confidential]: sync notes and trackers with your council’s CouchDB (password from SCRUTINEER_SYNC_PASSWORD)',
    async run(context) {
      const [action, url] = context.args;
      if (action !== 'add' || !url || !context.user) throw new TypeError('Use: sync-server add URL --user NAME');
      const status = await call(context.dispatch, 'setUpDeviceSync', {
        url,
        userName: context.user,
        password: await password('SCRUTINEER_SYNC_PASSWORD', `Password for ${context.user}: `),
        includeConfidential: context.includeConfidential ?? false,
      });
      return print(
        context,
        status,
        () => `Sync is set up with ${status.url} as ${status.userName}.\n${formatStatus(status)}`,
      );
    },
  },
  'sync-status': {
    summary: 'sync-status: when this library last synced with the server, and what is waiting',
    async run(context) {
      const status = await call(context.dispatch, 'getDeviceSync', {});
      return print(context, status, () => formatStatus(status));
    },
  },
  'sync-now': {
    summary: 'sync-now: send and receive notes and tracker changes now (password from SCRUTINEER_SYNC_PASSWORD)',
    async run(context) {
      const before = await call(context.dispatch, 'getDeviceSync', {});
      if (!before.configured) throw new TypeError('Set up sync first: sync-server add URL --user NAME');
      const status = await call(context.dispatch, 'syncDevicesNow', {
        password: await password('SCRUTINEER_SYNC_PASSWORD', `Password for ${before.userName}: `),
      });
      print(context, status, () => formatStatus(status));
      return status.problem ? 1 : 0;
    },
  },
  'sync-design-docs': {
    summary:
      'sync-design-docs [--committee NAME] [--install URL --user ADMIN]: print, or install, the databases, roles and rules the CouchDB server needs (admin password from SCRUTINEER_COUCH_ADMIN_PASSWORD)',
    async run(context) {
      const committees = await committeesOf(context);
      const [action, url] = context.args;
      if (action === '--install' || action === 'install') {
        if (!url || !context.user) throw new TypeError('Use: sync-design-docs install URL --user ADMIN');
        const done = await installDesignDocs(
          { url, name: context.user, password: await password('SCRUTINEER_COUCH_ADMIN_PASSWORD', 'Admin password: ') },
          committees,
        );
        return print(
          context,
          done,
          () => `Set up ${done.length} databases:\n${done.map((d) => `  ${d}`).join('\n')}\n`,
        );
      }
      const users = context.args.filter((a) => a.startsWith('user:')).map((a) => a.slice(5));
      const setup = serverSetup(committees, users);
      context.out.write(`${JSON.stringify(setup, null, 2)}\n`);
      return 0;
    },
  },
};
