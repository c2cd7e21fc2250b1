import { deeplyNestedHtml, hugeSingleLine, randomBytes, unclosedHtml, zipOf, type FuzzFile } from './hostile-files';
import { MUTATIONS, concat, mutate } from './mutate';
import { seededRandom, type Random } from './seeded-random';

export type SeedFormat = 'text' | 'html' | 'docx' | 'pdf';

/** Good files to damage, by format, and the Word documents unpacked, to damage their XML. */
export type SeedCorpus = Record<SeedFormat, FuzzFile[]> & {
  docxParts: { name: string; parts: { name: string; data: Uint8Array }[] }[];
};

export interface FuzzCase extends FuzzFile {
  index: number;
  /** What was done to make it, to read in a failure report. */
  label: string;
}

const FORMAT_WEIGHTS: [SeedFormat, number][] = [
  ['text', 0.3],
  ['html', 0.27],
  ['docx', 0.18],
  ['pdf', 0.25],
];
const EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.txt', '.md', '', '.png', '.zip', '.doc'];
const MAGIC = ['%PDF-1.7\n', 'PK\u0003\u0004', '<!DOCTYPE html><html><body>', '\ufeff', '# Minutes\n'];

/** Case `index` of the run with this seed: the same every time, so any failure can be replayed alone. */
export function fuzzCase(seed: number, index: number, corpus: SeedCorpus): FuzzCase {
  const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const roll = random.next();
  if (roll < 0.05) {
    const name = `random${random.pick(EXTENSIONS)}`;
    const file = randomBytes(random, random.int(4096), name);
    if (random.next() < 0.5) file.data = concat(new TextEncoder().encode(random.pick(MAGIC)), file.data);
    return { index, ...file, label: `random bytes as ${name}` };
  }
  if (roll < 0.06) {
    const name = `empty${random.pick(EXTENSIONS)}`;
    return { index, name, data: new Uint8Array(0), label: `empty ${name}` };
  }
  if (roll < 0.08) return { index, ...structural(random), label: 'structural' };
  if (roll < 0.16) return damagedWordXml(index, random, corpus);
  const format = pickFormat(random);
  const seedFile = random.pick(corpus[format]);
  const other = random.pick(corpus[pickFormat(random)]).data;
  let data: Uint8Array<ArrayBuffer> = seedFile.data.slice();
  const steps: string[] = [];
  for (let n = 1 + (random.next() < 0.3 ? random.int(3) : 0); n > 0; n--) {
    const mutation = random.pick(MUTATIONS);
    data = mutate(data, mutation, random, other);
    steps.push(mutation);
  }
  let name = seedFile.name;
  if (random.next() < 0.12) name = name.replace(/(\.[a-z]+)?$/i, random.pick(EXTENSIONS));
  return {
    index,
    name,
    data,
    label: `${format} ${seedFile.name} ${steps.join('+')}${name === seedFile.name ? '' : ` as ${name}`}`,
  };
}

/**
 * A Word document whose zip is sound but whose XML is damaged: a mutated zip
 * is almost always refused at the zip, so this is what reaches mammoth's XML
 * reading and the HTML it makes.
 */
function damagedWordXml(index: number, random: Random, corpus: SeedCorpus): FuzzCase {
  const seed = random.pick(corpus.docxParts);
  const targets = seed.parts.filter((p) => p.name.endsWith('.xml') || p.name.endsWith('.rels'));
  const target = random.next() < 0.7 ? seed.parts.find((p) => p.name === 'word/document.xml') : random.pick(targets);
  const other = random.pick(corpus.html).data;
  const steps: string[] = [];
  const parts = seed.parts.map((part) => {
    if (part !== target) return part;
    let data: Uint8Array = part.data;
    for (let n = 1 + random.int(3); n > 0; n--) {
      const mutation = random.pick(MUTATIONS);
      data = mutate(data, mutation, random, other);
      steps.push(mutation);
    }
    return { name: part.name, data };
  });
  return {
    index,
    name: seed.name,
    data: zipOf(parts),
    label: `docx-xml ${seed.name} ${target?.name} ${steps.join('+')}`,
  };
}

function pickFormat(random: Random): SeedFormat {
  let roll = random.next();
  for (const [format, weight] of FORMAT_WEIGHTS) {
    if (roll < weight) return format;
    roll -= weight;
  }
  return 'text';
}

/** Shapes no mutation reaches: deep nesting, tags never closed, one enormous line. */
function structural(random: Random): FuzzFile {
  switch (random.int(4)) {
    case 0:
      return deeplyNestedHtml(100 + random.int(5000), random.pick(['div', 'span', 'li', 'table', 'b']));
    case 1:
      return unclosedHtml(100 + random.int(3000));
    case 2:
      return hugeSingleLine(0.25 + random.next(), random.pick(['txt', 'html', 'md'] as const));
    default:
      return randomBytes(random, 64 * 1024 + random.int(256 * 1024), `noise${random.pick(EXTENSIONS)}`);
  }
}
