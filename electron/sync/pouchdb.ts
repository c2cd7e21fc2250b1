import type PouchDB from 'pouchdb-core';
import type { Database } from 'pouchdb-core';

type PouchStatic = typeof PouchDB;

let loaded: Promise<PouchStatic> | undefined;

/**
 * PouchDB as the app uses it: the device's replication copy lives in memory and is
 * rebuilt from the library (never a second truth), and the server is reached over HTTP.
 * Loaded when a sync first needs it, not when the app starts (it takes a fifth of a second).
 */
export function loadPouch(): Promise<PouchStatic> {
  loaded ??= Promise.all([
    import('pouchdb-core'),
    import('pouchdb-adapter-http'),
    import('pouchdb-adapter-memory'),
    import('pouchdb-replication'),
  ]).then(([core, http, memory, replication]) =>
    core.default.plugin(memory.default).plugin(http.default).plugin(replication.default),
  );
  return loaded;
}

export type PouchDatabase = Database;
