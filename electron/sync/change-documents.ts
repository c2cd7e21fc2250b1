import { createHash } from 'node:crypto';
import type { Annotation } from '../../shared/domain';

/**
 * The documents Scrutineer replicates. Each is one change, made once and never
 * edited: who made it, when, on which device, and the state it leaves. A member's
 * own work goes to their own database; a committee's tracker changes go to the
 * committee's database. Papers are never in them: a note names its paper by the
 * file's content hash and its passage by the quote.
 */
export type Entity = 'annotation' | 'question' | 'reading-position' | 'followed-committee' | 'outcome';

interface ChangeBase {
  type: 'scrutineer-change';
  entity: Entity;
  /** The same thing on every device: a note's uuid, a paper's hash, an outcome's key. */
  key: string;
  /** The user signed in to the server; the server refuses any other. */
  author: string;
  device: string;
  at: string;
  /** The changes this one was made on top of; two changes on the same base are a conflict. */
  base: string[];
}

export interface PaperRef {
  fileHash: string;
  title: string;
  committee: string;
  meetingDate: string | null;
}

export interface AnnotationChange extends ChangeBase {
  entity: 'annotation';
  paper: PaperRef;
  /** The note as the library keeps it; the colour as another device sent it. */
  state: Pick<Annotation, 'kind' | 'body' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'page'> & {
    colour: string;
    deleted: boolean;
  };
}

export interface QuestionChange extends ChangeBase {
  entity: 'question';
  meeting: { committee: string; date: string | null };
  state: {
    deleted: boolean;
    itemNumber: string | null;
    itemTitle: string | null;
    position: number;
    text: string;
    addressee: string | null;
    priority: 'high' | 'normal' | 'low';
    tags: string;
    privateNote: string;
    annotation: string | null;
    quote: string | null;
    page: number | null;
    asked: 'pending' | 'asked' | 'not-reached';
    answer: string;
    satisfied: boolean | null;
  } | null;
}

export interface ReadingPositionChange extends ChangeBase {
  entity: 'reading-position';
  state: { view: 'text' | 'original'; textOffset: number; page: number };
}

export interface FollowedCommitteeChange extends ChangeBase {
  entity: 'followed-committee';
  state: { siteUrl: string; remoteId: number; title: string; followed: boolean };
}

/** One change to an outcome in a committee's tracker: only what changed is set. */
export interface OutcomeChange extends ChangeBase {
  entity: 'outcome';
  committee: string;
  outcome: { meetingDate: string | null; text: string };
  change: {
    status?: 'open' | 'in-progress' | 'done' | 'dropped' | 'superseded';
    needsChasing?: boolean;
    note?: string;
    evidenceQuote?: string;
    owner?: string | null;
    dueHint?: string | null;
    dueDate?: string | null;
    rag?: 'red' | 'amber' | 'green' | null;
    executiveResponse?: { response: 'accepted' | 'partly' | 'rejected'; on: string; text: string } | null;
  };
}

export type ChangeDocument =
  AnnotationChange | QuestionChange | ReadingPositionChange | FollowedCommitteeChange | OutcomeChange;

/** A change document as replicated: with its id and (single, never edited) revision. */
export type StoredChange = ChangeDocument & { _id: string; _rev: string };

/** An id that sorts by entity, and a revision fixed by the content, so the replication copy can be rebuilt exactly. */
export function changeId(entity: Entity, key: string, uuid: string): string {
  return `${entity}:${key}:${uuid}`;
}

export function revisionOf(body: ChangeDocument): string {
  return `1-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32)}`;
}

export function isChangeDocument(doc: unknown): doc is ChangeDocument {
  const d = doc as Partial<ChangeDocument> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.type === 'scrutineer-change' &&
    typeof d.key === 'string' &&
    typeof d.at === 'string' &&
    typeof d.author === 'string' &&
    Array.isArray(d.base) &&
    ['annotation', 'question', 'reading-position', 'followed-committee', 'outcome'].includes(d.entity as string)
  );
}
