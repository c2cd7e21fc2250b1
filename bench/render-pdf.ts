import { printPaper } from '../tests/helpers/print-paper';
import type { DocModel } from './library-plan';

/** A generated paper printed as a committee system prints it, with its running header. */
export function renderPdf(doc: DocModel, creationDate: Date): Promise<{ data: Buffer; pages: number }> {
  return printPaper(doc.blocks, {
    title: doc.title,
    author: 'Eastmoor City Council',
    created: creationDate,
    runningHeader: doc.runningHeader,
    align: 'justify',
  });
}
