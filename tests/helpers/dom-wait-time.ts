import { beforeAll } from 'vitest';

/**
 * The app's views are loaded lazily (React.lazy): the first time a component test opens one, vitest transforms its
 * module, which on a busy two-core machine can take longer than testing-library's one second. Queries that wait for
 * what the member would see (findBy…, waitFor) wait up to five.
 */
beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
});
