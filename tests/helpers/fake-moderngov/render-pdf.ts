import { createHash } from 'node:crypto';
import { printPaper } from '../print-paper';
import { paperBlocks } from './paper-format';

/** One PDF per distinct paper for the whole test process: pdfkit is quick, but not free. */
const cache = new Map<string, Promise<Buffer>>();

/**
 * A paper printed as a committee system prints it (see print-paper.ts), once per process.
 * The dates inside are fixed so the same text always gives the same bytes.
 */
export function paperPdf(title: string, text: string, printedOn: string): Promise<Buffer> {
  const key = createHash('sha256').update(`${title}\0${printedOn}\0${text}`).digest('hex');
  let pdf = cache.get(key);
  if (!pdf) {
    pdf = render(title, text, new Date(`${printedOn}T09:00:00Z`));
    cache.set(key, pdf);
  }
  return pdf;
}

function render(title: string, text: string, printed: Date): Promise<Buffer> {
  return printPaper(paperBlocks(text), { title, author: 'Coventry City Council', created: printed }).then(
    (p) => p.data,
  );
}
