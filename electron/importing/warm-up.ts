import { samplePack } from '../../shared/sample-pack';
import { parseDocument } from './parse-document';

/**
 * What a new reader does before its first file, while the member is still choosing:
 * it loads pdf.js and runs the rules once on a one-page PDF and on the sample pack's
 * agenda and minutes, so the first real paper is read at full speed. Nothing is kept.
 */
export async function warmUp(): Promise<void> {
  const encode = (text: string) => new TextEncoder().encode(text);
  await parseDocument('warm-up.pdf', encode(ONE_PAGE_PDF)).catch(() => undefined);
  for (const paper of samplePack()) await parseDocument(paper.name, encode(paper.text)).catch(() => undefined);
}

/** One A4 page that says one line in Helvetica; pdf.js rebuilds its missing cross-reference table. */
const ONE_PAGE_PDF = `%PDF-1.4
1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>> endobj
4 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj
5 0 obj <</Length 63>> stream
BT /F1 12 Tf 72 770 Td (RESOLVED that the minutes be approved.) Tj ET
endstream endobj
trailer <</Root 1 0 R>>
%%EOF
`;
