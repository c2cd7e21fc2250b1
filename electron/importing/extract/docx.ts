import type { ExtractedText } from '../blocks';
import { ImportProblem } from '../import-problem';
import { extractHtml } from './html';
import { checkWordPackageSize } from './word-package-size';

/** Word documents through mammoth's HTML, so headings, lists and tables keep their shape. */
export async function extractDocx(data: Uint8Array): Promise<ExtractedText> {
  await checkWordPackageSize(data);
  // Loaded with the first Word document, not when the app starts.
  const { default: mammoth } = await import('mammoth');
  /** Pictures are not read: the text is what Scrutineer keeps, and a picture can be huge. */
  const skipPictures = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { convertImage: skipPictures });
    html = result.value;
  } catch (error) {
    // mammoth's own words ("Corrupted zip?", "Maximum call stack size exceeded") mean nothing to a councillor.
    throw new ImportProblem(
      'unreadable-file',
      'it is not a readable Word document: it may be damaged or only partly downloaded.',
      { cause: error },
    );
  }
  const extracted = extractHtml(html);
  return {
    ...extracted,
    warnings: extracted.blocks.length === 0 ? ['This Word document has no text.'] : [],
  };
}
