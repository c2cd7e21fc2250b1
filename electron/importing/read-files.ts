import fs from 'node:fs';
import path from 'node:path';

/** Reads the named files, and every file under the named folders (hidden files skipped). */
export function readFilesForImport(paths: string[]): { name: string; data: Uint8Array<ArrayBuffer> }[] {
  const files: string[] = [];
  const visit = (target: string) => {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) throw new TypeError(`There is no file or folder called ${target}.`);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) if (!entry.startsWith('.')) visit(path.join(target, entry));
    } else if (stat.isFile()) {
      files.push(target);
    }
  };
  paths.forEach(visit);
  return files.map((file) => ({ name: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) }));
}
