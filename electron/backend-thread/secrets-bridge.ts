import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { SecretStore } from '../sync/secret-store';

/**
 * The sync password is sealed by the OS secure storage, which only Electron's
 * main process can reach, while device sync runs in the library thread and
 * asks for it synchronously. The thread posts the question and sleeps on a
 * shared flag (Atomics.wait) until the main process has answered on the port
 * and raised the flag; the main process itself never waits on the thread.
 */
type Question = { op: 'canKeep' } | { op: 'seal'; text: string } | { op: 'open'; sealed: Uint8Array };
type Value = boolean | string | Uint8Array;
type Answer = { ok: true; value: Value } | { ok: false; message: string };

const ANSWER_WITHIN_MS = 30_000;

export interface SecretsLine {
  /** Given to the library thread (transferred with it). */
  threadEnd: { port: MessagePort; signal: Int32Array };
  /** Kept by the main process, which answers on it. */
  stop(): void;
}

/** Main process: answers the library thread's questions from `store`. */
export function answerSecrets(store: SecretStore): SecretsLine {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  port1.on('message', (question: Question) => {
    let answer: Answer;
    try {
      if (question.op === 'canKeep') answer = { ok: true, value: store.canKeep() };
      else if (question.op === 'seal') answer = { ok: true, value: new Uint8Array(store.seal(question.text)) };
      else answer = { ok: true, value: store.open(Buffer.from(question.sealed)) };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port1.postMessage(answer);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  port1.unref();
  return { threadEnd: { port: port2, signal }, stop: () => port1.close() };
}

/** Library thread: a SecretStore whose every call is answered by the main process. */
export function secretsFromMain(line: { port: MessagePort; signal: Int32Array }): SecretStore {
  const ask = (question: Question): Value => {
    Atomics.store(line.signal, 0, 0);
    line.port.postMessage(question);
    if (Atomics.wait(line.signal, 0, 0, ANSWER_WITHIN_MS) === 'timed-out') {
      throw new Error('The secure storage on this device did not answer.');
    }
    const answer = receiveMessageOnPort(line.port)?.message as Answer | undefined;
    if (!answer) throw new Error('The secure storage on this device did not answer.');
    if (!answer.ok) throw new Error(answer.message);
    return answer.value;
  };
  return {
    canKeep: () => ask({ op: 'canKeep' }) as boolean,
    seal: (text) => Buffer.from(ask({ op: 'seal', text }) as Uint8Array),
    open: (sealed) => ask({ op: 'open', sealed: new Uint8Array(sealed) }) as string,
  };
}
