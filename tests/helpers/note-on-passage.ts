import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';

type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/** A yellow note on the first place the paper says `quote`, made through the API as the reader makes it. */
export async function noteOnPassage(call: Call, documentId: number, quote: string, body: string) {
  const text = fullTextOf((await call('getDocumentText', { documentId })).blocks);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the paper`);
  return call('createAnnotation', {
    documentId,
    kind: 'note',
    colour: 'yellow',
    body,
    start,
    end: start + quote.length,
  });
}
