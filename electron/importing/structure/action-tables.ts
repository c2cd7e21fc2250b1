import type { RawBlock } from '../blocks';

/** A column that says who acts: "Actor", "Who", "By whom", "Owner", "Lead", "Responsible". */
const WHO_HEADING = /^(?:actor|who|by|by whom|owner|lead|responsible|person|action by|assigned to)$/i;
/** A column that says what they are to do: "Action", "Actions", "Action required". */
const WHAT_HEADING = /^(?:actions?|action (?:required|agreed|to be taken)|task)$/i;

/** A column that follows an action over time: "Status", "Progress", "Update", "Completed". */
const LOG_HEADING = /^(?:status|progress|update|completed|done|outcome|rag|date completed)$/i;

export interface ActionRow {
  blockIndex: number;
  owner: string;
  action: string;
}

/**
 * "Item | Actor | Action |" over "3.b | D Henderson | Ask DCHS for information …": a table of who is to do what,
 * a row a line. Each row under such a heading row is an action, its owner the cell under "Actor". A line that is not
 * a row ends the table.
 */
export function actionTableRows(blocks: RawBlock[]): ActionRow[] {
  const rows: ActionRow[] = [];
  let columns: { who: number; what: number } | null = null;
  blocks.forEach((block, blockIndex) => {
    const cells = cellsOf(block.text);
    if (cells.length < 2) {
      columns = null;
      return;
    }
    const who = cells.findIndex((cell) => WHO_HEADING.test(cell));
    const what = cells.findIndex((cell) => WHAT_HEADING.test(cell));
    if (who >= 0 && what >= 0) {
      // "| Ref | Action | Who | Status |": a log of actions old and new, each told in the minutes or at an earlier
      // meeting, is not this meeting's list.
      columns = cells.some((cell) => LOG_HEADING.test(cell)) ? null : { who, what };
      return;
    }
    if (!columns) return;
    const owner = cells[columns.who] ?? '';
    const action = cells[columns.what] ?? '';
    // A row that lost a cell ("P Williamson | P Williamson to organise a meeting … | |") is read as text.
    if (owner === '' || action.split(/\s+/).length < 2 || owner.split(/\s+/).length > 6) return;
    rows.push({ blockIndex, owner, action });
  });
  return rows;
}

/** "3.b | D Henderson | Ask DCHS … |": the cells of a row, without the empty one after its last bar. */
function cellsOf(text: string): string[] {
  if (!text.includes('|')) return [];
  const cells = text.split('|').map((cell) => cell.trim());
  if (cells.at(-1) === '') cells.pop();
  return cells;
}

/**
 * "Letter of thanks to the highways officer SP": a task in a list, who does it in initials at its end ("MW/SP"). Not a
 * document's size at the end of its link ("Draft Strategy PDF 610 KB"), nor a body after "by" or "from" ("Barn
 * conversion – awaiting decision by NDC").
 */
const TASK_THEN_INITIALS =
  /^(?=.{12,220}$)(?!.*[.!?:]$)(?!.*\b\d+\s?(?:KB|MB|GB)$)(.*?[a-z)’'])(?<!\b(?:by|from|to|with|of|at|for|and|the|in|on|via))\s+([A-Z]{2,3}(?:\s?\/\s?[A-Z]{2,3})*)$/;

/**
 * A table's "Action" column run into its bullets: "- Letter of thanks to the highways officer SP", "- Speak to the
 * cycle club about the underpass JB". Each bullet that ends on someone's initials is that person's action; read so
 * only where the paper has two or more of them, for one bullet ending in capitals may just end in a name ("… the NHS").
 */
export function initialledTasks(blocks: RawBlock[]): ActionRow[] {
  const rows = blocks.flatMap((block, blockIndex) => {
    const task = block.kind === 'list-item' ? TASK_THEN_INITIALS.exec(block.text) : null;
    return task?.[1] && task[2] ? [{ blockIndex, action: task[1], owner: task[2].replace(/\s/g, '') }] : [];
  });
  return rows.length >= 2 ? rows : [];
}
