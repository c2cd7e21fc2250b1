/**
 * The fake's papers are written in a small Markdown so tests can read and change them
 * (republish) as text, and the same text becomes both the PDF and the minutes HTML:
 *
 *   ! a header line, printed bold on one line (council, "Minutes of the Meeting of …")
 *   # / ## / ### a heading
 *   - a bulleted item
 *   1) a numbered item
 *   anything else: a paragraph; blank lines separate paragraphs, single line breaks are kept.
 */

export type PaperBlock =
  | { kind: 'line'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; marker: string; text: string };

export function paperBlocks(text: string): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const numbered = /^(\d{1,2}\))\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (line.startsWith('! ')) {
      flush();
      blocks.push({ kind: 'line', text: line.slice(2).trim() });
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
    } else if (line.startsWith('- ')) {
      flush();
      blocks.push({ kind: 'list-item', marker: '•', text: line.slice(2).trim() });
    } else if (numbered) {
      flush();
      blocks.push({ kind: 'list-item', marker: numbered[1] ?? '', text: numbered[2] ?? '' });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Minute text as ModernGov stores it: Word's HTML (WordSection1, MsoNormal), before XML escaping. */
export function paperHtml(text: string): string {
  const html: string[] = ['<div class="WordSection1">'];
  let list = false;
  for (const block of paperBlocks(text)) {
    const bullet = block.kind === 'list-item' && block.marker === '•';
    if (list && !bullet) html.push('</ul>');
    if (!list && bullet) html.push('<ul>');
    list = bullet;
    if (block.kind === 'list-item')
      html.push(
        bullet
          ? `<li class="MsoNormal">${escapeHtml(block.text)}</li>`
          : `<p class="MsoNormal" style="margin-left:36.0pt">${escapeHtml(block.marker)}&nbsp;${escapeHtml(block.text)}</p>`,
      );
    else if (block.kind === 'heading' || block.kind === 'line')
      html.push(`<p class="MsoNormal"><b>${escapeHtml(block.text)}</b></p>`);
    else html.push(`<p class="MsoNormal">${escapeHtml(block.text).replace(/\n/g, '<br>\n')}</p>`);
  }
  if (list) html.push('</ul>');
  html.push('</div>');
  return html.join('\n') + '\n';
}
