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

/** Where the reader is in the paper: the line at the top (a full-text offset) and its PDF page. */
export interface ReadingPlace {
  textOffset: number;
  page: number;
}

/** A place to bring into view: centred (a passage found), or at the top (where the reader was). */
export interface Jump {
  offset: number;
  /** In the Original view: this PDF page, rather than the page of `offset`. */
  page?: number;
  serial: number;
  focus: boolean;
  align: 'center' | 'top';
}

/** How long a place is held before it is saved; leaving saves it at once. */
const SAVE_AFTER_MS = 400;
/**
 * The back link and the app's menu are at the top of the paper: a reader who scrolls up to
 * them and leaves within this long left off where they were reading, not at the top.
 */
const TRIP_TO_TOP_MS = 15_000;

/** What is being printed: the paper (or some of its pages) in the Text view, or only the member's notes on it. */
export interface PrintChoice {
  what: 'paper' | 'notes';
  /** PDF pages, inclusive; none for the whole paper. */
  pages: { from: number; to: number } | null;
  withNotes: boolean;
}

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
  /** A passage to bring into view, bumped on each request. */
  jump: Jump | null;
  /** Where the reader is now; null until the paper is open where they left off. */
  place: ReadingPlace | null;
  /** The view on screen says how to read where the reader is (null when it goes). */
  setPlaceReader: (reader: (() => ReadingPlace | null) | null) => void;
  /** The reader scrolled: the place is read and saved once it has been still for a moment. */
  placeMoved: () => void;
  /** Saves the place now: the reader is leaving the paper or closing the window. */
  leave: () => void;
  /** Brings a PDF page to the top, in either view. */
  goToPage: (page: number) => void;
  /** Set while the print dialog is open; the print stylesheet follows it. */
  print: PrintChoice | null;
  setPrint: (print: PrintChoice | null) => void;
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
    /** Each note action is one round trip: the library answers with the note, and the list is kept here. */
    const keep = (note: Annotation) =>
      set({ annotations: inReadingOrder([...get().annotations.filter((a) => a.id !== note.id), note]) });
    let serial = 0;

    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let saved: string | null = null;
    /** The place read before the reader scrolled up to the top of the paper, and when they left it. */
    let beforeTop: { place: ReadingPlace; at: number } | null = null;
    let left = false;
    let placeReader: (() => ReadingPlace | null) | null = null;
    /** Reads the place from the screen, after the paragraphs around it are laid out. */
    const readPlace = (): ReadingPlace | null => {
      const place = placeReader?.() ?? null;
      if (!place) return get().place;
      const before = get().place;
      if (!isTop(place)) beforeTop = null;
      else if (before && !isTop(before)) beforeTop = { place: before, at: Date.now() };
      set({ place });
      return place;
    };
    const isTop = (place: ReadingPlace) =>
      place.textOffset <= (get().document?.blocks[0]?.start ?? 0) && place.page <= 1;
    const save = (place: ReadingPlace) => {
      // An earlier version is read as it was: the place kept is the one in the latest.
      if (get().earlier) return;
      const position: ReadingPosition = { view: get().view, ...place };
      const key = JSON.stringify(position);
      if (key === saved) return;
      saved = key;
      void api.saveReadingPosition({ documentId, position }).catch(() => {
        saved = null;
      });
    };

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
      place: null,
      print: null,
      setPrint: (print) => set({ print }),
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
          // Opened: no longer "New" on the home screen and meeting page (a failure only leaves it marked new).
          if (!earlier) void api.markPaperOpened({ documentId }).catch(() => undefined);
          const canShowOriginal = document.mediaType === 'application/pdf';
          const position = document.position;
          if (position) saved = JSON.stringify(position);
          set({
            document,
            earlier,
            fullText: fullTextOf(document.blocks),
            annotations,
            view: at === undefined && position?.view === 'original' && canShowOriginal ? 'original' : 'text',
            place: at === undefined && position ? { textOffset: position.textOffset, page: position.page } : null,
            jump:
              at !== undefined
                ? { offset: at, serial: ++serial, focus: true, align: 'center' }
                : position
                  ? {
                      offset: position.textOffset,
                      page: position.page,
                      serial: ++serial,
                      focus: false,
                      align: 'top',
                    }
                  : null,
          });
        } catch (error) {
          set({ loadError: (error as Error).message });
        }
      },

      // The other view opens where the reader is now.
      setView: (view) => {
        if (view === get().view) return;
        const place = get().place;
        set({
          view,
          jump: place
            ? { offset: place.textOffset, page: place.page, serial: ++serial, focus: false, align: 'top' }
            : null,
        });
        if (place) save(place);
      },
      jumpTo: (offset, focus = true) => set({ jump: { offset, serial: ++serial, focus, align: 'center' } }),
      goToPage: (page) => {
        const first = get().document?.blocks.find((b) => (b.page ?? 0) >= page);
        set({ jump: { offset: first?.start ?? 0, page, serial: ++serial, focus: true, align: 'top' } });
      },

      setPlaceReader: (reader) => {
        placeReader = reader;
      },

      placeMoved: () => {
        left = false;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => {
          const place = readPlace();
          if (place) save(place);
        }, SAVE_AFTER_MS);
      },

      leave: () => {
        clearTimeout(saveTimer);
        if (left) return;
        const place = readPlace();
        if (!place) return;
        left = true;
        const trip = isTop(place) && beforeTop && Date.now() - beforeTop.at < TRIP_TO_TOP_MS;
        save(trip && beforeTop ? beforeTop.place : place);
      },

      create: (kind, colour, range) =>
        saving(async () => {
          const created = await api.createAnnotation({ documentId, kind, colour, body: '', ...range });
          keep(created);
          set({ editingId: kind === 'highlight' ? null : created.id, selection: null });
          window.getSelection()?.removeAllRanges();
        }),

      update: (id, changes) =>
        saving(async () => {
          keep(await api.updateAnnotation({ annotationId: id, ...changes }));
        }),

      remove: (id) =>
        saving(async () => {
          const removed = get().annotations.find((a) => a.id === id) ?? null;
          await api.deleteAnnotation({ annotationId: id });
          set({ lastDeleted: removed, editingId: null, annotations: get().annotations.filter((a) => a.id !== id) });
          // Undo goes once the library can no longer bring the note back.
          setTimeout(() => {
            if (removed && get().lastDeleted === removed) set({ lastDeleted: null });
          }, UNDO_WINDOW_MS);
        }),

      undoDelete: async () => {
        const removed = get().lastDeleted;
        if (!removed) return;
        await saving(async () => {
          keep(await api.restoreAnnotation({ annotationId: removed.id }));
          set({ lastDeleted: null });
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
    };
  });
}

/** As the library lists them: by place in the text; notes that could not be placed last. */
export function inReadingOrder(notes: Annotation[]): Annotation[] {
  return notes.toSorted(
    (a, b) => Number(a.start === null) - Number(b.start === null) || (a.start ?? 0) - (b.start ?? 0) || a.id - b.id,
  );
}
