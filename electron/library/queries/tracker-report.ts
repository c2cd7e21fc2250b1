import { prepared } from '../statements';
import type { ExecutiveResponse } from '../../../shared/domain';
import type { Db } from '../open-library';

/** What the outstanding report prints beside each row, beyond the tracker's own columns. */
export interface ReportExtras {
  /** The minute number the council gave the item, when the minutes have one. */
  minute: string | null;
  /** The latest note in the outcome's history, and when it was written. */
  latestNote: string;
  latestNoteAt: string | null;
  executiveResponse: ExecutiveResponse | null;
}

/** For each outcome: its minute number, latest update and the executive's response, in one query. */
export function reportExtras(db: Db, outcomeIds: number[]): Map<number, ReportExtras> {
  const rows = prepared(
    db,
    `SELECT o.id, i.minute_number AS minute, h.note AS latestNote, h.changed_at AS latestNoteAt,
        o.executive_response AS response, o.executive_response_on AS responseOn, o.executive_response_text AS responseText
      FROM outcome o LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
      LEFT JOIN outcome_status_change h ON h.id = (SELECT MAX(x.id) FROM outcome_status_change x WHERE x.outcome_id = o.id AND x.note <> '')
      WHERE o.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(outcomeIds)) as {
    id: number;
    minute: string | null;
    latestNote: string | null;
    latestNoteAt: string | null;
    response: ExecutiveResponse['response'] | null;
    responseOn: string | null;
    responseText: string | null;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        minute: r.minute,
        latestNote: r.latestNote ?? '',
        latestNoteAt: r.latestNoteAt,
        executiveResponse: r.response
          ? { response: r.response, on: r.responseOn ?? '', text: r.responseText ?? '' }
          : null,
      },
    ]),
  );
}
