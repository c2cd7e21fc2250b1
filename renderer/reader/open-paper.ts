/**
 * The paper open in the reader, remembered on this laptop, so that the app reopens it
 * where it was left when the window was closed with it open. Leaving the paper for
 * another part of the app forgets it.
 */
const KEY = 'scrutineer.openPaper';

export function rememberOpenPaper(documentId: number): void {
  localStorage.setItem(KEY, String(documentId));
}

export function forgetOpenPaper(documentId: number): void {
  if (localStorage.getItem(KEY) === String(documentId)) localStorage.removeItem(KEY);
}

/** The paper that was open when the app was closed, if any. */
export function paperOpenAtClose(): number | null {
  const id = Number(globalThis.localStorage?.getItem(KEY));
  return Number.isInteger(id) && id > 0 ? id : null;
}
