import fs from 'node:fs';
import { sharedFixture } from '../shared-fixtures';

/**
 * The real Coventry papers (../shared/fixtures/minutes, beside the checkout)
 * turned into the fake's paper format, cut into the pieces the seeded meetings reuse.
 */

function read(name: string): string {
  return fs.readFileSync(sharedFixture(name), 'utf8').replace(/\r\n/g, '\n');
}

export interface MinutesFixture {
  /** "Present:" … "Apologies: …", one person a line, as the printed minutes list them. */
  attendance: string;
  /** Each minute's text by the title it has in the fixture (minute number left off). */
  minutes: Map<string, string>;
}

let minutesCache: MinutesFixture | null = null;

/** The full minutes of 16 September 2021 (coventry-ecs-minutes-2021-09-16.md). */
export function minutesFixture(): MinutesFixture {
  if (minutesCache) return minutesCache;
  const lines = read('coventry-ecs-minutes-2021-09-16.md')
    .split('\n')
    .map((line) => line.replace(/\*\*/g, '').trimEnd());
  const present = lines.findIndex((l) => /^Present:/.test(l));
  const apologies = lines.findIndex((l) => /^Apologies:/.test(l));
  const attendance = lines.slice(present, apologies + 1).join('\n');
  const minutes = new Map<string, string>();
  let title: string | null = null;
  let body: string[] = [];
  const keep = (): void => {
    if (title) minutes.set(title, body.join('\n').trim());
  };
  for (const line of lines.slice(apologies + 1)) {
    const heading = /^#{2,3}\s+(?:\d+\.\s*)?(.+)$/.exec(line);
    if (heading) {
      keep();
      title = heading[1]?.trim() ?? null;
      body = [];
    } else body.push(line.replace(/^####\s+/, '### '));
  }
  keep();
  minutesCache = { attendance, minutes };
  return minutesCache;
}

/** The Minutes: part of the saved agenda-item page (Children's Services Continuous Improvement Progress). */
export function agendaItemMinute(): string {
  const lines = read('coventry-ecs-agenda-item-2021-children-services-improvement.txt').split('\n');
  const start = lines.findIndex((l) => /^Minutes:/.test(l)) + 1;
  const end = lines.findIndex((l) => /^Supporting documents:/.test(l));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .map((line) => {
      if (/^[\s\u00a0]*$/.test(line)) return '';
      const numbered = /^(\d\))[\s\u00a0]+(.*)$/.exec(line);
      if (numbered) return `${numbered[1]} ${numbered[2]}`;
      if (/^[\u00a0 ]{2}\S/.test(line)) return `- ${line.replace(/^[\u00a0 ]+/, '')}`;
      return line.replace(/\u00a0/g, ' ').trim();
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The body of the 2018 briefing note (from "1 Purpose of the Note" on), its PDF line
 * wrapping undone: a block starts at a section ("4 Department for Education Review"),
 * a numbered paragraph ("4.1"), a recommendation ("2)"), a bullet or a sign-off line.
 */
export function briefingNoteBody(): string {
  const lines = read('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt').split('\n');
  const start = lines.findIndex((l) => /^1 Purpose of the Note/.test(l.trim()));
  const blocks: string[] = [];
  for (const raw of lines.slice(start)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    // The bullets' symbol was lost when the text was taken from the PDF; a space before a capital is left.
    const bullet = /^ [A-Z]/.test(raw);
    if (/^\d+ [A-Z]/.test(line)) blocks.push(`## ${line}`);
    else if (/^\d+\.\d+ /.test(line) || /^(?:Authors|Contact details):/.test(line)) blocks.push(line);
    else if (/^[A-Z][a-z]+ [A-Z]\w+, /.test(line) && blocks.at(-1)?.startsWith('Authors:')) blocks.push(line);
    else if (/^\d\) /.test(line)) blocks.push(line);
    else if (bullet) blocks.push(`- ${line}`);
    else if (blocks.length) blocks[blocks.length - 1] += ` ${line}`;
    else blocks.push(line);
  }
  // Numbered recommendations and bullets are list items: keep them on consecutive lines.
  return blocks
    .map((block, i) => {
      const listy = /^(?:\d\)|-) /.test(block);
      const nextListy = /^(?:\d\)|-) /.test(blocks[i + 1] ?? '');
      return listy && nextListy ? `${block}\n` : `${block}\n\n`;
    })
    .join('')
    .trim();
}
