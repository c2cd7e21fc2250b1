import { useEffect, useState } from 'react';

const SIZES = [0.9, 1, 1.125, 1.25, 1.4, 1.6];
const KEY = 'scrutineer.textSize';

/** Larger or smaller reading text, remembered on this laptop. */
export function TextSize() {
  const [index, setIndex] = useState(() => {
    const saved = SIZES.indexOf(Number(localStorage.getItem(KEY)));
    return saved >= 0 ? saved : 2;
  });
  useEffect(() => {
    const size = SIZES[index] ?? 1.125;
    document.documentElement.style.setProperty('--reader-size', `${size}rem`);
    localStorage.setItem(KEY, String(size));
  }, [index]);
  return (
    <div className="button-row compact" role="group" aria-label="Text size">
      <button type="button" className="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
        A<span className="visually-hidden">: smaller text</span>−
      </button>
      <button
        type="button"
        className="secondary"
        disabled={index === SIZES.length - 1}
        onClick={() => setIndex(index + 1)}
      >
        A<span className="visually-hidden">: larger text</span>+
      </button>
    </div>
  );
}
