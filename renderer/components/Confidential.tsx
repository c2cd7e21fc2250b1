import { useId } from 'react';
import './confidential.css';

export const CONFIDENTIAL_BANNER = 'Confidential – not for publication (exempt)';

/** Across the top of a confidential paper (in the Text and the Original view alike) or outcome. */
export function ConfidentialBanner() {
  return (
    <p className="confidential-banner" role="note">
      {CONFIDENTIAL_BANNER}
      <span>It is left out of exports and reports unless you include confidential items.</span>
    </p>
  );
}

/** A short mark beside a confidential paper, item, outcome or search result. */
export function ConfidentialBadge() {
  return <span className="badge confidential-badge">Confidential</span>;
}

/** "Mark as confidential", for one paper or agenda item; `name` says which to a screen reader. */
export function ConfidentialToggle({
  name,
  checked,
  disabled = false,
  onChange,
}: {
  name: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (confidential: boolean) => void;
}) {
  return (
    <label className="confidential-toggle">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-label={`Mark as confidential: ${name}`}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      Mark as confidential
    </label>
  );
}

/** The explicit choice to put confidential material into an export or report. */
export function IncludeConfidential({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const id = useId();
  return (
    <span className="include-confidential">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>Include confidential items</label>
    </span>
  );
}

/** What the person is told after an export: the file's name and what was left out. */
export function savedMessage(fileName: string, leftOut: number, what: [string, string]): string {
  if (leftOut === 0) return `Saved ${fileName}.`;
  return `Saved ${fileName}. ${leftOut} confidential ${leftOut === 1 ? what[0] : what[1]} ${leftOut === 1 ? 'was' : 'were'} left out.`;
}
