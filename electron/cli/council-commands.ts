import type { CouncilSite, SyncJobStatus } from '../../shared/domain';
import { call, print, type Command, type CommandContext } from './commands';

async function onlySite(context: CommandContext): Promise<CouncilSite> {
  const sites = await call(context.dispatch, 'listCouncils', {});
  if (sites.length === 0) throw new TypeError('Add your council first: council add ADDRESS.');
  if (context.site) {
    const site = sites.find((s) => s.id === Number(context.site));
    if (!site) throw new TypeError(`There is no council website ${context.site}; see: committees.`);
    return site;
  }
  if (sites.length > 1) throw new TypeError('Several council websites are added: say which with --site ID.');
  return sites[0]!;
}

function formatCommittees(sites: CouncilSite[]): string {
  return sites
    .map(
      (site) =>
        `${site.name} (site ${site.id}, ${site.url}), meetings from ${site.since}\n` +
        site.committees
          .map(
            (c) =>
              `  ${c.followed ? '[x]' : '[ ]'} ${String(c.id).padStart(5)}  ${c.title}${c.expired ? ' (expired)' : ''}`,
          )
          .join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

async function followOrNot(context: CommandContext, follow: boolean): Promise<number> {
  const committeeId = Number(context.args[0]);
  if (!Number.isInteger(committeeId) || committeeId <= 0) {
    throw new TypeError(
      `Name the committee by its number: ${follow ? 'follow' : 'unfollow'} COMMITTEE_ID (see: committees).`,
    );
  }
  const site = await onlySite(context);
  const updated = await call(context.dispatch, 'followCommittee', { siteId: site.id, committeeId, follow });
  const committee = updated.committees.find((c) => c.id === committeeId);
  return print(context, committee, () => `${follow ? 'Following' : 'No longer following'} ${committee?.title}.\n`);
}

function formatSync(job: SyncJobStatus): string {
  return [job.message, ...job.arrived.map((a) => `  + ${a}`), ...job.problems.map((p) => `  ! ${p}`)].join('\n') + '\n';
}

/** Council websites (ModernGov): add, choose committees, sync. */
export const councilCommands: Record<string, Command> = {
  council: {
    summary: 'council add ADDRESS [--since DATE]: add your council’s committee website (ModernGov)',
    async run(context) {
      const [action, address] = context.args;
      if (action !== 'add' || !address)
        throw new TypeError('Use: council add ADDRESS, e.g. council add democracy.mycouncil.gov.uk');
      const site = await call(context.dispatch, 'addCouncil', {
        url: address,
        ...(context.since ? { since: context.since } : {}),
      });
      return print(context, site, () => formatCommittees([site]));
    },
  },
  committees: {
    summary: 'committees: the committees on the council websites you added, [x] where you follow them',
    async run(context) {
      const sites = await call(context.dispatch, 'listCouncils', {});
      if (sites.length === 0 && !context.json) throw new TypeError('Add your council first: council add ADDRESS.');
      return print(context, sites, () => formatCommittees(sites));
    },
  },
  follow: {
    summary: 'follow COMMITTEE_ID [--site ID]: download this committee’s meetings and papers at each sync',
    run: (context) => followOrNot(context, true),
  },
  unfollow: {
    summary: 'unfollow COMMITTEE_ID [--site ID]: stop downloading this committee’s papers (those you have stay)',
    run: (context) => followOrNot(context, false),
  },
  sync: {
    summary: 'sync [--since DATE] [--site ID]: download new meetings, papers, supplements and minutes',
    async run(context) {
      let job = await call(context.dispatch, 'startSync', {
        ...(context.site ? { siteId: Number(context.site) } : {}),
        ...(context.since ? { since: context.since } : {}),
      });
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await call(context.dispatch, 'getSyncJob', { jobId: job.id });
      }
      print(context, job, () => formatSync(job));
      return job.state === 'finished' && job.problems.length === 0 ? 0 : 1;
    },
  },
};
