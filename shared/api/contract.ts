import { z } from 'zod';
import type { ImportJobStatus, MeetingDetail, MeetingSummary, OutcomeRow } from '../domain';
import { method } from './define-method';

const id = z.number().int().positive();
const jobId = z.strictObject({ jobId: z.uuid() });
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const importFile = z.strictObject({
  name: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array).refine((d) => d.length <= MAX_FILE_BYTES, 'a file may be at most 200 MB'),
});

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
  /** Starts importing a batch of files; `meetingId` adds them to that meeting. */
  startImport: method(
    z.strictObject({ files: z.array(importFile).min(1).max(500), meetingId: id.optional() }),
  ).returns<ImportJobStatus>(),
  getImportJob: method(jobId).returns<ImportJobStatus>(),
  cancelImport: method(jobId).returns<ImportJobStatus>(),
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
