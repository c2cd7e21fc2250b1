import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { BACKUPS_KEPT, isValidBackupsKept } from '../../shared/backups-kept';
import { formatImport, formatMeetings, formatOutcomes, formatSearch, outcomeState, plainSnippet } from './format';
import { readFilesForImport } from '../importing/read-files';
import { writeOwnerOnlyFile } from '../security/owner-only';
import { skippedLine } from '../importing/skipped-files';
import { leftOutSentence } from '../library/queries/confidential';

/** What an export left out, in words for the command line. */
function leftOutNotice(count: number, one: string, many: string): string {
  return leftOutSentence(count, one, many).replace('Choose “Include confidential items”', 'Add --include-confidential');
}

export interface CommandContext {
  dispatch: Dispatch;
  args: string[];
  json: boolean;
  format?: string;
  outFile?: string;
  filters?: { committee?: string; from?: string; to?: string; status?: string };
  change?: { status?: string; note?: string; owner?: string; due?: string };
  meeting?: string;
  since?: string;
  site?: string;
  /** backup --keep N: how many backups to keep from now on. */
  keep?: string;
  /** --include-confidential: put confidential (exempt) material in an export or report. */
  includeConfidential?: boolean;
  /** --confidential on|off, for the confidential command. */
  confidential?: string;
  /** --user NAME, for sync-server add and sync-design-docs install. */
  user?: string;
  out: NodeJS.WritableStream;
  /** Where to say what was left out when the export itself goes to `out`. */
  notices?: NodeJS.WritableStream;
}

export interface Command {
  summary: string;
  run(context: CommandContext): Promise<number>;
}

/** Calls one API method through the same dispatch the app uses. */
export async function call<M extends MethodName>(
  dispatch: Dispatch,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as OutputOf<M>;
}

export function print(context: CommandContext, value: unknown, asText: () => string): number {
  context.out.write(context.json ? `${JSON.stringify(value, null, 2)}\n` : asText());
  return 0;
}

export const commands: Record<string, Command> = {
  meetings: {
    summary: 'list the meetings in the library, with attendance and agenda items',
    async run(context) {
      const summaries = await call(context.dispatch, 'listMeetings', {});
      const meetings = await Promise.all(
        summaries.map((m) => call(context.dispatch, 'getMeeting', { meetingId: m.id })),
      );
      const value = meetings.map((m) => ({
        id: m.id,
        committee: m.committee,
        council: m.council,
        date: m.date,
        time: m.time,
        venue: m.venue,
        attendance: m.attendance,
        items: m.items.map((i) => ({ number: i.number, title: i.title })),
        documents: [...m.documents, ...m.items.flatMap((i) => i.documents)].map((d) => ({ id: d.id, title: d.title })),
      }));
      return print(context, value, () => formatMeetings(summaries));
    },
  },
  import: {
    summary: 'import FILE_OR_FOLDER... (PDF, Word, saved web pages, text); folders are read with their subfolders',
    async run(context) {
      if (context.args.length === 0) throw new TypeError('Name at least one file or folder to import.');
      const { files, skipped } = readFilesForImport(context.args);
      if (files.length === 0) {
        throw new TypeError([...skipped.map(skippedLine), 'There are no files to import there.'].join('\n'));
      }
      let job = await call(context.dispatch, 'startImport', { files, ...(skipped.length ? { skipped } : {}) });
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await call(context.dispatch, 'getImportJob', { jobId: job.id });
      }
      print(context, job.files, () => formatImport(job.files));
      return job.files.some((f) => f.state === 'failed') ? 1 : 0;
    },
  },
  annotations: {
    summary:
      'annotations DOCUMENT_ID --format w3c|md [--out FILE] [--include-confidential]: export a paper’s notes; annotations import FILE: bring them back',
    async run(context) {
      const [first, second] = context.args;
      if (first === 'import') {
        if (!second) throw new TypeError('Name the W3C Web Annotation file to import.');
        const json = fs.readFileSync(second, 'utf8');
        const result = await call(context.dispatch, 'importAnnotations', { json });
        return print(
          context,
          result,
          () =>
            `${result.added} added, ${result.alreadyHere} already here, ${result.notPlaced} could not be placed, ` +
            `${result.unknownDocuments} for papers not in this library.\n`,
        );
      }
      const documentId = Number(first);
      const format = context.format ?? 'w3c';
      if (!Number.isInteger(documentId) || documentId <= 0)
        throw new TypeError('Give the number of the paper (DOCUMENT_ID).');
      if (format !== 'w3c' && format !== 'md') throw new TypeError('--format must be w3c or md.');
      const exported = await call(context.dispatch, 'exportAnnotations', {
        documentId,
        format,
        includeConfidential: context.includeConfidential ?? false,
      });
      const notice = leftOutNotice(exported.leftOut, 'paper', 'papers');
      if (context.outFile) {
        writeOwnerOnlyFile(context.outFile, exported.text);
        context.out.write(`Saved ${context.outFile}${notice ? `. ${notice}` : ''}\n`);
      } else {
        context.out.write(exported.text);
        if (notice) (context.notices ?? context.out).write(`${notice}\n`);
      }
      return 0;
    },
  },
  search: {
    summary:
      'search "QUERY" [--committee NAME] [--from DATE] [--to DATE]: find passages in every paper, note and outcome',
    async run(context) {
      const query = context.args.join(' ').trim();
      if (!query) throw new TypeError('Say what to search for, e.g. search "caseloads".');
      const { committee, from, to } = context.filters ?? {};
      const results = await call(context.dispatch, 'search', {
        query,
        ...(committee ? { committee } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      const value = results.map((r) => ({
        kind: r.kind,
        document: r.documentId === null ? null : { id: r.documentId, title: r.documentTitle },
        meeting: { id: r.meetingId, committee: r.committee, date: r.meetingDate },
        block:
          r.blockId === null ? null : { id: r.blockId, page: r.page, printedPage: r.printedPage, offset: r.offset },
        snippet: plainSnippet(r.snippet),
        score: Number(r.score.toFixed(4)),
      }));
      return print(context, value, () => formatSearch(value));
    },
  },
  'new-paragraphs': {
    summary: 'new-paragraphs DOCUMENT_ID: which paragraphs of a paper were reported before, and where',
    async run(context) {
      const documentId = Number(context.args[0]);
      if (!Number.isInteger(documentId) || documentId <= 0)
        throw new TypeError('Give the number of the paper (DOCUMENT_ID).');
      const result = await call(context.dispatch, 'newParagraphs', { documentId });
      return print(
        context,
        result,
        () =>
          `${result.fresh} of ${result.judged} paragraphs are new.\n` +
          result.paragraphs
            .filter((p) => p.reportedBefore)
            .map(
              (p) =>
                `  block ${p.blockId}: reported before – ${p.reportedBefore?.meetingDate}, ${p.reportedBefore?.documentTitle}`,
            )
            .join('\n') +
          '\n',
      );
    },
  },
  outcomes: {
    summary:
      'outcomes [--status open] [--committee NAME]: every resolution, request and action, with its status (or "recorded": nothing to chase)',
    async run(context) {
      const { committee, status } = context.filters ?? {};
      const statuses = status ? status.split(',').map((s) => s.trim()) : undefined;
      const outcomes = await call(context.dispatch, 'listOutcomes', {});
      const chosen = outcomes.filter(
        (o) =>
          (!statuses || statuses.includes(outcomeState(o))) &&
          (!committee || o.committee.toLowerCase() === committee.toLowerCase()),
      );
      return print(context, chosen, () => formatOutcomes(chosen));
    },
  },
  outcome: {
    summary: 'outcome ID [--set-status STATUS --note TEXT] [--owner NAME] [--due PHRASE]: show or update one outcome',
    async run(context) {
      const outcomeId = Number(context.args[0]);
      if (!Number.isInteger(outcomeId) || outcomeId <= 0) throw new TypeError('Give the number of the outcome (ID).');
      const { status, note, owner, due } = context.change ?? {};
      let detail = await call(context.dispatch, 'getOutcome', { outcomeId });
      if (owner !== undefined || due !== undefined) {
        detail = await call(context.dispatch, 'setOutcomeOwnerDue', {
          outcomeId,
          ...(owner !== undefined ? { owner } : {}),
          ...(due !== undefined ? { due } : {}),
        });
      }
      if (status) {
        const statuses = ['open', 'in-progress', 'done', 'dropped', 'superseded'] as const;
        const chosen = statuses.find((s) => s === status);
        if (!chosen) throw new TypeError(`--set-status must be one of ${statuses.join(', ')}.`);
        detail = await call(context.dispatch, 'changeOutcomeStatus', { outcomeId, status: chosen, note: note ?? '' });
      }
      return print(
        context,
        detail,
        () =>
          `${detail.kind}: ${detail.text}\nStatus: ${detail.status}; owner: ${detail.owner ?? 'not named'}; due: ${detail.dueMeaning ?? detail.dueHint ?? 'not set'}\n` +
          detail.history
            .map((h) => `  ${h.changedAt.slice(0, 10)} ${h.status}${h.note ? ` – ${h.note}` : ''}`)
            .join('\n') +
          '\n',
      );
    },
  },
  questions: {
    summary: 'questions --meeting ID: the questions prepared for a meeting, in the order they will be asked',
    async run(context) {
      const meetingId = Number(context.meeting);
      if (!Number.isInteger(meetingId) || meetingId <= 0) throw new TypeError('Say which meeting with --meeting ID.');
      const workspace = await call(context.dispatch, 'getQuestions', { meetingId });
      return print(context, workspace.questions, () =>
        workspace.questions.length === 0
          ? 'No questions yet.\n'
          : workspace.questions
              .map((q, i) => `${i + 1}. ${q.text}${q.addressee ? ` (to ${q.addressee})` : ''}`)
              .join('\n') + '\n',
      );
    },
  },
  brief: {
    summary:
      'brief --meeting ID --format pdf|docx|md --out FILE [--include-confidential]: print "My questions" for a meeting',
    async run(context) {
      const meetingId = Number(context.meeting);
      if (!Number.isInteger(meetingId) || meetingId <= 0) throw new TypeError('Say which meeting with --meeting ID.');
      const format = context.format ?? 'pdf';
      if (format !== 'pdf' && format !== 'docx' && format !== 'md')
        throw new TypeError('--format must be pdf, docx or md.');
      if (!context.outFile) throw new TypeError('Say where to save it with --out FILE.');
      const file = await call(context.dispatch, 'exportBrief', {
        meetingId,
        format,
        includeConfidential: context.includeConfidential ?? false,
      });
      writeOwnerOnlyFile(context.outFile, file.data);
      const notice = leftOutNotice(file.leftOut, 'question', 'questions');
      context.out.write(`Saved ${context.outFile}${notice ? `. ${notice}` : ''}\n`);
      return 0;
    },
  },
  confidential: {
    summary:
      'confidential DOCUMENT_ID --confidential on|off: mark a paper confidential (exempt), or not; without --confidential, say whether it is',
    async run(context) {
      const documentId = Number(context.args[0]);
      if (!Number.isInteger(documentId) || documentId <= 0)
        throw new TypeError('Give the number of the paper (DOCUMENT_ID).');
      const choice = context.confidential;
      if (choice !== undefined && choice !== 'on' && choice !== 'off')
        throw new TypeError('--confidential must be on or off.');
      const state =
        choice === undefined
          ? await call(context.dispatch, 'getDocumentText', { documentId }).then((d) => ({
              confidential: d.confidential,
            }))
          : await call(context.dispatch, 'setDocumentConfidential', { documentId, confidential: choice === 'on' });
      return print(
        context,
        state,
        () => `Paper ${documentId} is ${state.confidential ? 'confidential (exempt)' : 'not marked confidential'}.\n`,
      );
    },
  },
  backup: {
    summary:
      'backup [--keep N]: copy the whole library, original files included, into the backups folder beside it; --keep N keeps the newest N from now on',
    async run(context) {
      if (context.keep !== undefined) {
        const kept = Number(context.keep);
        if (!/^\d+$/.test(context.keep.trim()) || !isValidBackupsKept(kept)) {
          throw new TypeError(`--keep must be a whole number from ${BACKUPS_KEPT.min} to ${BACKUPS_KEPT.max}.`);
        }
        await call(context.dispatch, 'setBackupsKept', { kept });
      }
      const backup = await call(context.dispatch, 'backUpNow', {});
      const { kept } = await call(context.dispatch, 'getBackupSettings', {});
      return print(context, { ...backup, kept }, () => `Backed up to ${backup.file}\nKeeping the newest ${kept}.\n`);
    },
  },
  report: {
    summary:
      'report outstanding --format pdf|docx|csv --out FILE [--committee NAME] [--include-confidential]: outstanding resolutions and actions',
    async run(context) {
      if (context.args[0] !== 'outstanding') throw new TypeError('The only report is: report outstanding.');
      const format = context.format ?? 'pdf';
      if (format !== 'pdf' && format !== 'docx' && format !== 'csv')
        throw new TypeError('--format must be pdf, docx or csv.');
      if (!context.outFile) throw new TypeError('Say where to save it with --out FILE.');
      const committee = context.filters?.committee;
      const file = await call(context.dispatch, 'outstandingReport', {
        format,
        ...(committee ? { committee } : {}),
        includeConfidential: context.includeConfidential ?? false,
      });
      writeOwnerOnlyFile(context.outFile, file.data);
      const notice = leftOutNotice(file.leftOut, 'item', 'items');
      context.out.write(`Saved ${context.outFile}${notice ? `. ${notice}` : ''}\n`);
      return 0;
    },
  },
};

export function usage(all: Record<string, Command> = commands): string {
  const lines = Object.entries(all).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  lines.push(`  ${'restore'.padEnd(12)} restore FILE: put a backup back in place (the library it replaces is kept)`);
  return (
    `Usage: npm run --silent cli -- <command> [--db PATH] [--json]\n\nCommands:\n${lines.join('\n')}\n\n` +
    'DATE is day/month/year (16/09/2021) or year-month-day (2021-09-16).\n'
  );
}
