import './menu-button.css';
import { useEffect, useId, useRef, useState } from 'react';

export interface MenuEntry {
  /** What the item says; unique within its menu. */
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** A checkbox item (menuitemcheckbox) when set. */
  checked?: boolean;
  /** The key that does the same in the reader, shown beside the label. */
  shortcut?: string;
  /** A line above this item, to group the menu. */
  startsGroup?: boolean;
}

/**
 * A button that opens a menu, after the WAI-ARIA menu button pattern: Enter, Space or
 * Down arrow opens it on the first item, Up arrow on the last; arrows, Home and End move
 * between items; Escape closes it and returns to the button; Tab closes it.
 */
export function MenuButton({ label, entries, className }: { label: string; entries: MenuEntry[]; className?: string }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role^=menuitem]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(moves[e.key] as number);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const entry = entries[active];
      if (entry) choose(entry);
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Type a letter to move to the next item that starts with it.
      const letter = e.key.toLowerCase();
      const order = [...entries.slice(active + 1), ...entries.slice(0, active + 1)];
      const next = order.find((entry) => entry.label.toLowerCase().startsWith(letter));
      if (next) setActive(entries.indexOf(next));
    }
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="secondary"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : entries.length - 1);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <ul
        ref={menu}
        id={`${id}-menu`}
        role="menu"
        aria-labelledby={`${id}-button`}
        hidden={!open}
        onKeyDown={onMenuKey}
      >
        {entries.map((entry, index) => (
          <li
            key={entry.label}
            role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={entry.checked}
            aria-disabled={entry.disabled || undefined}
            tabIndex={index === active ? 0 : -1}
            className={entry.startsGroup ? 'starts-group' : undefined}
            onClick={() => choose(entry)}
            onMouseEnter={() => setActive(index)}
          >
            <span>{entry.label}</span>
            {entry.shortcut && (
              <kbd className="menu-shortcut" aria-hidden="true">
                {entry.shortcut}
              </kbd>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
