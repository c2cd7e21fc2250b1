/** A positioned run of text from a PDF page, as pdf.js reports it. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface PdfLine {
  page: number;
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  font: string;
  pageHeight: number;
}

/**
 * Groups a page's runs into lines: runs whose baselines are within a fraction
 * of the font size belong together, read left to right; a space goes in where
 * the gap between runs is wider than a narrow letter.
 */
export function groupIntoLines(runs: PdfTextRun[], page: number, pageHeight: number): PdfLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '' && r.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.4) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    const fontChars = new Map<string, number>();
    for (const run of row) {
      const gap = run.x - end;
      if (text !== '' && gap > run.size * 0.15 && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
      text += run.text;
      end = run.x + run.width;
      fontChars.set(run.font, (fontChars.get(run.font) ?? 0) + run.text.trim().length);
    }
    const font = [...fontChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const first = row[0] as PdfTextRun;
    return {
      page,
      text: text.replace(/\s+/g, ' ').trim(),
      x: first.x,
      y: first.y,
      right: end,
      size: Math.max(...row.map((r) => r.size)),
      font,
      pageHeight,
    };
  });
}
