import { useEffect, useState } from 'react';
import type { ReaderTool } from './reader-tool';

const SIZES = [0.9, 1, 1.125, 1.25, 1.4, 1.6];
const KEY = 'scrutineer.textSize';

/** Larger or smaller reading text, remembered on this laptop. */
export function useTextSizeTool(): ReaderTool {
  const [index, setIndex] = useState(() => {
    const saved = SIZES.indexOf(Number(localStorage.getItem(KEY)));
    return saved >= 0 ? saved : 2;
  });
  useEffect(() => {
    const size = SIZES[index] ?? 1.125;
    document.documentElement.style.setProperty('--reader-size', `${size}rem`);
    localStorage.setItem(KEY, String(size));
  }, [index]);
  const smallest = index === 0;
  const largest = index === SIZES.length - 1;
  const smaller = () => setIndex((i) => Math.max(0, i - 1));
  const larger = () => setIndex((i) => Math.min(SIZES.length - 1, i + 1));
  return {
    id: 'text-size',
    inline: (
      <div className="button-row compact" role="group" aria-label="Text size">
        <button type="button" className="secondary" disabled={smallest} onClick={smaller}>
          A<span className="visually-hidden">: smaller text</span>−
        </button>
        <button type="button" className="secondary" disabled={largest} onClick={larger}>
          A<span className="visually-hidden">: larger text</span>+
        </button>
      </div>
    ),
    menu: [
      { label: 'Smaller text', onSelect: smaller, disabled: smallest, startsGroup: true },
      { label: 'Larger text', onSelect: larger, disabled: largest },
    ],
  };
}
