import { z } from 'zod';
import type { Annotation, AnnotationKind } from '../../shared/domain';

/** W3C Web Annotation Data Model, as Scrutineer writes and reads it. */
const MOTIVATION: Record<AnnotationKind, string> = {
  highlight: 'highlighting',
  note: 'commenting',
  question: 'questioning',
};

export interface ExportedDocument {
  title: string;
  fileHash: string;
  committee: string;
  meetingDate: string | null;
  /** Exempt from publication: the export says so on each annotation. */
  confidential?: boolean;
}

export function toWebAnnotation(annotation: Annotation, document: ExportedDocument): Record<string, unknown> {
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
  ];
  if (annotation.start !== null && annotation.end !== null) {
    selectors.push({ type: 'TextPositionSelector', start: annotation.start, end: annotation.end });
  }
  if (annotation.page !== null) {
    selectors.push({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: `page=${annotation.page}`,
    });
  }
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'tagging', value: `colour:${annotation.colour}` },
  ];
  if (annotation.body)
    body.unshift({ type: 'TextualBody', purpose: 'commenting', value: annotation.body, format: 'text/plain' });
  return {
    id: `urn:uuid:${annotation.uuid}`,
    type: 'Annotation',
    motivation: MOTIVATION[annotation.kind],
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    body,
    target: {
      source: `urn:sha256:${document.fileHash}`,
      'scrutineer:document': {
        title: document.title,
        committee: document.committee,
        meetingDate: document.meetingDate,
        ...(document.confidential ? { confidential: true } : {}),
      },
      selector: selectors,
    },
  };
}

export function toCollection(label: string, items: Record<string, unknown>[]): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

const Selector = z.looseObject({ type: z.string() });
const Item = z.looseObject({
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/i),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting', 'questioning']).default('highlighting'),
  body: z.array(z.looseObject({ value: z.string().max(100_000), purpose: z.string().optional() })).default([]),
  target: z.looseObject({
    source: z.string(),
    'scrutineer:document': z
      .looseObject({ title: z.string(), committee: z.string(), meetingDate: z.string().nullable() })
      .optional(),
    selector: z.array(Selector).min(1),
  }),
});
const Collection = z.looseObject({
  type: z.literal('AnnotationCollection'),
  first: z.looseObject({ items: z.array(Item).max(100_000) }),
});

export interface ImportedAnnotation {
  uuid: string;
  kind: AnnotationKind;
  colour: string;
  body: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  fileHash: string | null;
  document: { title: string; committee: string; meetingDate: string | null; confidential?: unknown } | null;
}

/** Reads a collection written by Scrutineer (or any W3C client using the same selectors). */
export function parseWebAnnotations(json: string): ImportedAnnotation[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('The file is not JSON. Choose a W3C Web Annotation file exported from Scrutineer.');
  }
  const parsed = Collection.safeParse(data);
  if (!parsed.success) throw new Error('The file is not a W3C Web Annotation collection exported from Scrutineer.');
  return parsed.data.first.items.flatMap((item) => {
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector') as
      { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
    if (typeof quote?.exact !== 'string' || quote.exact === '') return [];
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector') as
      { start?: unknown; end?: unknown } | undefined;
    const kind: AnnotationKind =
      item.motivation === 'questioning' ? 'question' : item.motivation === 'commenting' ? 'note' : 'highlight';
    const colour =
      item.body.find((b) => b.purpose === 'tagging' && b.value.startsWith('colour:'))?.value.slice(7) ?? 'yellow';
    return [
      {
        uuid: item.id.slice('urn:uuid:'.length).toLowerCase(),
        kind,
        colour,
        body: item.body.find((b) => b.purpose !== 'tagging')?.value ?? '',
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
        suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
        start: typeof position?.start === 'number' ? position.start : null,
        end: typeof position?.end === 'number' ? position.end : null,
        fileHash: item.target.source.startsWith('urn:sha256:') ? item.target.source.slice('urn:sha256:'.length) : null,
        document: item.target['scrutineer:document'] ?? null,
      },
    ];
  });
}
