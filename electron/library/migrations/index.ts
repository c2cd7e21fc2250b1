import * as domain from './001-domain';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration ever shipped, in order. Never edit a shipped one: add the next. */
export const migrations: readonly Migration[] = [{ version: 1, name: 'domain', sql: domain.sql }];
