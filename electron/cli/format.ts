import type { ImportFileStatus, MeetingSummary, OutcomeRow } from '../../shared/domain';

export function formatMeetings(meetings: MeetingSummary[]): string {
  if (meetings.length === 0) return 'The library has no meetings yet. Import a pack with: npm run cli -- import FILE\n';
  return (
    meetings
      .map((m) => `${m.id}\t${m.date}\t${m.committee}\t${m.itemCount} items\t${m.openOutcomeCount} open outcomes`)
      .join('\n') + '\n'
  );
}

/** A decision only on record has no status to chase: it reads "recorded". */
export function outcomeState(outcome: OutcomeRow): string {
  return outcome.needsChasing ? outcome.status : 'recorded';
}

export function formatOutcomes(outcomes: OutcomeRow[]): string {
  if (outcomes.length === 0) return 'No outcomes yet.\n';
  return (
    outcomes
      .map((o) => `${o.meetingDate}\t${o.itemNumber ?? '-'}\t${o.kind}\t${outcomeState(o)}\t${o.text}`)
      .join('\n') + '\n'
  );
}

export function formatImport(files: ImportFileStatus[]): string {
  return (
    files.map((f) => `${f.name}: ${f.message}${f.warnings.map((w) => `\n  Warning: ${w}`).join('')}`).join('\n') + '\n'
  );
}

/** Matched words shown as [word] outside the app. */
export function plainSnippet(snippet: string): string {
  return snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']');
}

export function formatSearch(
  results: {
    meeting: { committee: string; date: string | null };
    document: { title: string | null } | null;
    snippet: string;
  }[],
): string {
  if (results.length === 0) return 'Nothing found.\n';
  return (
    results
      .map((r) => `${r.meeting.date ?? '-'}  ${r.meeting.committee} – ${r.document?.title ?? ''}\n  ${r.snippet}`)
      .join('\n') + '\n'
  );
}
