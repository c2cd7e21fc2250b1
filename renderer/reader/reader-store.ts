import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';
import type {
  Annotation,
  AnnotationKind,
  DocumentText,
  HighlightColour,
  NewParagraphs,
  ReadingPosition,
} from '../../shared/domain';
import { UNDO_WINDOW_MS } from '../../shared/undo-window';
import { findMatches } from './segments';

export type SaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed'; message: string };

export interface ReaderState {
  document: DocumentText | null;
  /** An earlier version than the latest, opened to read: nothing can be marked on it. */
  earlier: boolean;
  fullText: string;
  loadError: string | null;
  annotations: Annotation[];
  view: 'text' | 'original';
  save: SaveState;
  editingId: number | null;
  lastDeleted: Annotation | null;
  findQuery: string;
  findMatches: { start: number; end: number }[];
  findIndex: number;
  /** A passage to bring into view: a full-text offset, bumped on each request. */
  jump: { offset: number; serial: number; focus: boolean } | null;
  /** Which paragraphs were reported before, once asked for. */
  whatIsNew: NewParagraphs | null;
  foldRepeats: boolean;
  showWhatIsNew: () => Promise<void>;
  setFoldRepeats: (fold: boolean) => void;
  /** The passage selected in either view, as full-text offsets. */
  selection: { start: number; end: number } | null;
  setSelection: (selection: { start: number; end: number } | null) => void;
  /** Marks the selected passage; says what to do when nothing is selected. */
  markSelection: (kind: AnnotationKind, colour?: HighlightColour) => void;
  /** The Text view takes a caret, so that text can be selected with Shift and the arrow keys. */
  caretMode: boolean;
  setCaretMode: (on: boolean) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
  /** A short message for the keyboard user, read out by a screen reader. */
  notice: string;
  /** Opens the paper where the reader left off, or at `at` (a passage found by search). */
  load: (at?: number) => Promise<void>;
  setView: (view: 'text' | 'original') => void;
  /** Brings a passage into view; `focus` moves the keyboard there too (not while finding). */
  jumpTo: (offset: number, focus?: boolean) => void;
  create: (kind: AnnotationKind, colour: HighlightColour, range: { start: number; end: number }) => Promise<void>;
  update: (id: number, changes: { body?: string; colour?: HighlightColour; kind?: AnnotationKind }) => Promise<void>;
  remove: (id: number) => Promise<void>;
  undoDelete: () => Promise<void>;
  setEditing: (id: number | null) => void;
  /** Reads the notes again, after something outside the reader changed them (a choice between two devices' versions). */
  reloadAnnotations: () => Promise<void>;
  setFind: (query: string) => void;
  stepFind: (direction: 1 | -1) => void;
  savePosition: (position: ReadingPosition) => void;
}

export type ReaderStore = StoreApi<ReaderState>;

export function createReaderStore(api: Api, documentId: number, version?: number): ReaderStore {
  return createStore<ReaderState>()((set, get) => {
    /** Every change is written at once; the panel says "Saved" only when the library has it. */
    const saving = async (work: () => Promise<void>) => {
      set({ save: { state: 'saving' } });
      try {
        await work();
        set({ save: { state: 'saved', at: new Date() } });
      } catch (error) {
        set({ save: { state: 'failed', message: (error as Error).message } });
      }
    };
    const refresh = async () => set({ annotations: await api.listAnnotations({ documentId }) });
    let serial = 0;

    return {
      document: null,
      earlier: false,
      fullText: '',
      loadError: null,
      annotations: [],
      view: 'text',
      save: { state: 'idle' },
      editingId: null,
      lastDeleted: null,
      findQuery: '',
      findMatches: [],
      findIndex: 0,
      jump: null,
      selection: null,
      setSelection: (selection) => set({ selection }),
      markSelection: (kind, colour = 'yellow') => {
        const selection = get().selection;
        if (get().earlier) {
          set({ notice: 'This is an earlier version: open the latest version to mark it.' });
          return;
        }
        if (!selection) {
          set({ notice: 'Select some text first, then mark it.' });
          return;
        }
        set({ notice: '' });
        void get().create(kind, colour, selection);
      },
      caretMode: false,
      setCaretMode: (on) =>
        set({
          caretMode: on,
          notice: on
            ? 'Keyboard selection on: move with the arrow keys, hold Shift to select, then press H to highlight or N for a note. F7 turns it off.'
            : 'Keyboard selection off.',
        }),
      shortcutsOpen: false,
      setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
      notice: '',
      reloadAnnotations: refresh,
      whatIsNew: null,
      foldRepeats: false,
      showWhatIsNew: async () => {
        try {
          set({ whatIsNew: await api.newParagraphs({ documentId }) });
        } catch (error) {
          set({ save: { state: 'failed', message: (error as Error).message } });
        }
      },
      setFoldRepeats: (fold) => set({ foldRepeats: fold }),

      load: async (at) => {
        try {
          const [document, latestAnnotations] = await Promise.all([
            api.getDocumentText({ documentId, version }),
            api.listAnnotations({ documentId }),
          ]);
          const earlier = document.version < (document.versions.at(-1)?.version ?? document.version);
          // Notes live on the latest version: an earlier one is shown as it was, without them.
          const annotations = earlier ? [] : latestAnnotations;
          const canShowOriginal = document.mediaType === 'application/pdf';
          set({
            document,
            earlier,
            fullText: fullTextOf(document.blocks),
            annotations,
            view: at === undefined && document.position?.view === 'original' && canShowOriginal ? 'original' : 'text',
            jump:
              at !== undefined
                ? { offset: at, serial: ++serial, focus: true }
                : document.position
                  ? { offset: document.position.textOffset, serial: ++serial, focus: false }
                  : null,
          });
        } catch (error) {
          set({ loadError: (error as Error).message });
        }
      },

      setView: (view) => set({ view }),
      jumpTo: (offset, focus = true) => set({ jump: { offset, serial: ++serial, focus } }),

      create: (kind, colour, range) =>
        saving(async () => {
          const created = await api.createAnnotation({ documentId, kind, colour, body: '', ...range });
          await refresh();
          set({ editingId: kind === 'highlight' ? null : created.id, selection: null });
          window.getSelection()?.removeAllRanges();
        }),

      update: (id, changes) =>
        saving(async () => {
          await api.updateAnnotation({ annotationId: id, ...changes });
          await refresh();
        }),

      remove: (id) =>
        saving(async () => {
          const removed = get().annotations.find((a) => a.id === id) ?? null;
          await api.deleteAnnotation({ annotationId: id });
          set({ lastDeleted: removed, editingId: null });
          // Undo goes once the library can no longer bring the note back.
          setTimeout(() => {
            if (removed && get().lastDeleted === removed) set({ lastDeleted: null });
          }, UNDO_WINDOW_MS);
          await refresh();
        }),

      undoDelete: async () => {
        const removed = get().lastDeleted;
        if (!removed) return;
        await saving(async () => {
          await api.restoreAnnotation({ annotationId: removed.id });
          set({ lastDeleted: null });
          await refresh();
        });
      },

      setEditing: (id) => set({ editingId: id }),

      setFind: (query) => {
        const matches = findMatches(get().fullText, query);
        set({ findQuery: query, findMatches: matches, findIndex: 0 });
        if (matches[0]) get().jumpTo(matches[0].start, false);
      },

      stepFind: (direction) => {
        const { findMatches: matches, findIndex } = get();
        if (matches.length === 0) return;
        const next = (findIndex + direction + matches.length) % matches.length;
        set({ findIndex: next });
        get().jumpTo((matches[next] as { start: number }).start, false);
      },

      savePosition: (position) => {
        if (get().earlier) return;
        void api.saveReadingPosition({ documentId, position }).catch(() => undefined);
      },
    };
  });
}
