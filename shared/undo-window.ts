/** How long Undo can bring a deleted note back; after that its words are wiped (electron/library/deleted-notes.ts). */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
