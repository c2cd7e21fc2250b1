import { ensureGeneratedFixtures } from './fixture-files';

/**
 * vitest globalSetup: makes the PDF, Word and HTML versions of the Coventry
 * fixtures once per run, before any test file starts (Chromium takes a second
 * or two). Test files also call ensureGeneratedFixtures(), which then finds
 * them in place.
 */
export default async function setup(): Promise<void> {
  await ensureGeneratedFixtures();
}
