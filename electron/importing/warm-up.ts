import { parseDocument } from './parse-document';

/**
 * What a new reader does before its first file, while the member is still choosing:
 * it loads pdf.js and runs the rules once on a short paper of each kind, so the first
 * real paper is read at full speed. The papers are made here; nothing is kept.
 */
export async function warmUp(): Promise<void> {
  await parseDocument('warm-up.pdf', new TextEncoder().encode(ONE_PAGE_PDF)).catch(() => undefined);
  await parseDocument('warm-up.txt', new TextEncoder().encode(SHORT_MINUTES)).catch(() => undefined);
}

const SHORT_MINUTES = `Minutes of the meeting of the Scrutiny Committee held on 3 May 2024

Present: Councillors Ash (Chair), Birch and Cedar

1. Apologies for absence

Apologies were received from Councillor Dale.

2. Minutes

RESOLVED – That the minutes of the meeting held on 5 April 2024 be approved as a correct record.

3. Library opening hours

The Committee considered a report of the Director of Communities. The Director undertook to circulate the visitor figures.

RESOLVED:
(1) That the report be noted.
(2) That a further report on weekend opening be brought to the Committee in the autumn.

ACTION: Clerk to write to the library service.
`;

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
