import * as domain from './001-domain';
import * as reading from './002-reading';
import * as search from './003-search';
import * as tracker from './004-tracker';
import * as whatIsNew from './005-what-is-new';
import * as fasterAtScale from './006-faster-at-scale';
import * as settings from './007-settings';
import * as moderngov from './008-moderngov';
import * as confidential from './009-confidential';
import * as needsChasing from './010-needs-chasing';
import * as wipeDeletedNotes from './011-wipe-deleted-notes';
import * as syncWithCouchdb from './012-sync-with-couchdb';
import * as newParagraphsAtImport from './013-new-paragraphs-at-import';
import * as trackerPages from './014-tracker-pages';
import * as followCommittees from './015-follow-committees';
import * as printedPages from './016-printed-pages';
import * as trackerSortKeys from './017-tracker-sort-keys';
import * as searchMergesInBatches from './018-search-merges-in-batches';
import * as searchIndexStatistics from './019-search-index-statistics';
import * as recentBucketEntries from './020-recent-bucket-entries';
import type { Db } from '../open-library';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do, after the SQL and in the same transaction. */
  run?: (db: Db) => void;
}

/** Every migration ever shipped, in order. Never edit a shipped one: add the next. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'domain', sql: domain.sql },
  { version: 2, name: 'reading', sql: reading.sql },
  { version: 3, name: 'search', sql: search.sql },
  { version: 4, name: 'tracker', sql: tracker.sql },
  { version: 5, name: 'what-is-new', sql: whatIsNew.sql },
  { version: 6, name: 'faster-at-scale', sql: fasterAtScale.sql },
  { version: 7, name: 'settings', sql: settings.sql },
  { version: 8, name: 'moderngov', sql: moderngov.sql },
  { version: 9, name: 'confidential', sql: confidential.sql },
  { version: 10, name: 'needs-chasing', sql: needsChasing.sql, run: needsChasing.run },
  { version: 11, name: 'wipe-deleted-notes', sql: wipeDeletedNotes.sql },
  { version: 12, name: 'sync-with-couchdb', sql: syncWithCouchdb.sql },
  { version: 13, name: 'new-paragraphs-at-import', sql: newParagraphsAtImport.sql },
  { version: 14, name: 'tracker-pages', sql: trackerPages.sql },
  { version: 15, name: 'follow-committees', sql: followCommittees.sql },
  { version: 16, name: 'printed-pages', sql: printedPages.sql },
  { version: 17, name: 'tracker-sort-keys', sql: trackerSortKeys.sql },
  { version: 18, name: 'search-merges-in-batches', sql: searchMergesInBatches.sql },
  { version: 19, name: 'search-index-statistics', sql: searchIndexStatistics.sql },
  { version: 20, name: 'recent-bucket-entries', sql: recentBucketEntries.sql },
];
