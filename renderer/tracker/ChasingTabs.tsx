import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { TrackerCounts } from '../../shared/domain';
import type { TrackerTab } from './tracker-store';

export type ChasingTab = TrackerTab;

const TABS: { tab: ChasingTab; label: string; count: (c: TrackerCounts) => number }[] = [
  { tab: 'needs-chasing', label: 'Needs chasing', count: (c) => c.needsChasing },
  { tab: 'due-soon', label: 'Due soon', count: (c) => c.dueSoon },
  { tab: 'recorded', label: 'Recorded – nothing to chase', count: (c) => c.recorded },
];

export const CHASING_PANEL_ID = 'tracker-outcomes';

export function chasingTabId(tab: ChasingTab): string {
  return `tracker-tab-${tab}`;
}

/**
 * What needs chasing, what falls due in the next two weeks, or the decisions only on record: three tabs over one list.
 * Arrow keys, Home and End move between them, as in any tab list.
 */
export function ChasingTabs({
  value,
  counts,
  onChange,
}: {
  value: ChasingTab;
  counts: TrackerCounts | null;
  onChange: (tab: ChasingTab) => void;
}) {
  const buttons = useRef(new Map<ChasingTab, HTMLButtonElement>());
  const move = (event: KeyboardEvent, from: number) => {
    const last = TABS.length - 1;
    const to = { ArrowRight: from + 1, ArrowLeft: from - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length]?.tab ?? value;
    onChange(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label="Which outcomes" className="chasing-tabs">
      {TABS.map(({ tab, label, count }, i) => (
        <button
          key={tab}
          ref={(b) => {
            if (b) buttons.current.set(tab, b);
          }}
          type="button"
          role="tab"
          id={chasingTabId(tab)}
          aria-selected={value === tab}
          aria-controls={CHASING_PANEL_ID}
          tabIndex={value === tab ? 0 : -1}
          onClick={() => onChange(tab)}
          onKeyDown={(e) => move(e, i)}
        >
          {label}
          {counts && ` (${count(counts)})`}
        </button>
      ))}
    </div>
  );
}

/** The list under the tabs. */
export function ChasingPanel({ tab, children }: { tab: ChasingTab; children: ReactNode }) {
  return (
    <div role="tabpanel" id={CHASING_PANEL_ID} aria-labelledby={chasingTabId(tab)} className="chasing-panel">
      {children}
    </div>
  );
}
