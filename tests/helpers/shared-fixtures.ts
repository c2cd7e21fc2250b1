import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real council papers the tests and the benchmark read. Real documents may
 * not be committed to the project: they live beside the checkout, in
 * ../shared/fixtures (CI has them there too; see the README.md there), and are
 * read from there at run time. This file imports only Node, so the benchmark
 * and the fake ModernGov site can use it as well as the tests.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared/fixtures, beside the checkout. */
export const sharedFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
/** The three Coventry texts (COVENTRY). */
export const sharedMinutes = path.join(sharedFixtures, 'minutes');
/** The four Kent PDFs (KENT). */
export const sharedKentPdf = path.join(sharedFixtures, 'kent-pdf');

export const COVENTRY = {
  agendaItem: 'coventry-ecs-agenda-item-2021-children-services-improvement.txt',
  briefingNote: 'coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt',
  minutes: 'coventry-ecs-minutes-2021-09-16.md',
} as const;

export const KENT = {
  cppMinutes: 'CPP Minutes 29.10.24.pdf',
  cabinetMinutes: 'Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf',
  cabinetAgenda: 'Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf',
  callInReport: 'Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf',
} as const;

/** Throws a message that says where the shared fixtures were looked for, if they are not there. */
export function assertSharedFixtures(): void {
  for (const folder of [sharedMinutes, sharedKentPdf]) {
    if (!fs.existsSync(folder)) {
      throw new Error(
        `The shared fixtures are not beside the checkout: expected them at ${sharedFixtures} ` +
          `(with minutes/ and kent-pdf/; ${folder} is missing). Real documents may not be committed, ` +
          'so the tests read them from ../shared/fixtures at run time.',
      );
    }
  }
}

/** The path of one shared fixture, in whichever folder holds it. */
export function sharedFixture(name: string): string {
  assertSharedFixtures();
  if ((Object.values(COVENTRY) as string[]).includes(name)) return path.join(sharedMinutes, name);
  if ((Object.values(KENT) as string[]).includes(name)) return path.join(sharedKentPdf, name);
  throw new Error(`${name} is not one of the shared fixtures in ${sharedMinutes} or ${sharedKentPdf}.`);
}

/** Every shared fixture (the Coventry texts and the Kent PDFs), in order of file name. */
export function sharedFixtureFiles(): string[] {
  return [...Object.values(COVENTRY), ...Object.values(KENT)].sort().map(sharedFixture);
}
