import { z } from 'zod';
import type { MeetingDetail, MeetingSummary, OutcomeRow } from '../domain';
import { method } from './define-method';

const id = z.number().int().positive();

/**
 * The one API between the renderer and the main process. Each method is declared
 * once here; the main process implements it in electron/api/handlers.ts and the
 * renderer calls it through renderer/api/client.ts. Inputs are validated in the
 * main process against these schemas; unknown fields are refused.
 */
export const contract = {
  listMeetings: method(z.strictObject({})).returns<MeetingSummary[]>(),
  getMeeting: method(z.strictObject({ meetingId: id })).returns<MeetingDetail>(),
  listOutcomes: method(z.strictObject({})).returns<OutcomeRow[]>(),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

/** What the renderer sees: every method as an async function. */
export type Api = { [M in MethodName]: (input: InputOf<M>) => Promise<OutputOf<M>> };

/** What the main process implements: plain functions over validated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
