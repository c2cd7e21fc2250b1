import PouchDB, { type Database } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

/**
 * PouchDB as the app uses it: the device's replication copy lives in memory and is
 * rebuilt from the library (never a second truth), and the server is reached over HTTP.
 */
export const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
export type PouchDatabase = Database;
