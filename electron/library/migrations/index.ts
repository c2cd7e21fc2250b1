import * as domain from './001-domain';
import * as reading from './002-reading';
import * as search from './003-search';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration ever shipped, in order. Never edit a shipped one: add the next. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'domain', sql: domain.sql },
  { version: 2, name: 'reading', sql: reading.sql },
  { version: 3, name: 'search', sql: search.sql },
];
