import { useId, useState } from 'react';
import { parseUkDate, toUkDate } from '../../shared/dates/uk-date';
import './shared-fields.css';

/**
 * A date field that takes day/month/year (16/09/2021) whatever the computer's locale,
 * where a native date input would show mm/dd/yyyy. `value` and `onChange` carry ISO
 * dates ("2021-09-16", or "" for none); what the member types stays in the field until
 * it reads as a date, and a clear message says what is wrong with it. A form told of the
 * problem through `onProblem` can refuse to save while the field holds a half-typed date.
 */
export function UkDateField({
  label,
  value,
  onChange,
  id,
  required = false,
  className,
  onProblem,
}: {
  label: string;
  value: string;
  onChange: (iso: string) => void;
  id?: string;
  required?: boolean;
  className?: string;
  onProblem?: (message: string | null) => void;
}) {
  const ownId = useId();
  const fieldId = id ?? `date-${ownId}`;
  const [typed, setTyped] = useState(toUkDate(value));
  const [shownFor, setShownFor] = useState(value);
  const [problem, setShownProblem] = useState<string | null>(null);
  const setProblem = (message: string | null) => {
    setShownProblem(message);
    onProblem?.(message);
  };
  // A new value from outside (a cleared filter, a loaded record) replaces what is shown.
  if (value !== shownFor) {
    setShownFor(value);
    if (parseUkDate(typed).ok || value !== '') setTyped(toUkDate(value));
  }

  const check = (text: string) => {
    if (text.trim() === '') {
      setProblem(required ? `${label}: type a date, for example 16/09/2021.` : null);
      if (!required && value !== '') onChange('');
      if (!required) setShownFor('');
      return;
    }
    const parsed = parseUkDate(text, label);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    setTyped(toUkDate(parsed.iso));
    setShownFor(parsed.iso);
    if (parsed.iso !== value) onChange(parsed.iso);
  };

  return (
    <span className={`uk-date-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={fieldId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        size={11}
        aria-describedby={`${fieldId}-hint`}
        aria-invalid={problem ? true : undefined}
        aria-errormessage={problem ? `${fieldId}-problem` : undefined}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          if (problem && parseUkDate(e.target.value).ok) setProblem(null);
        }}
        onBlur={(e) => check(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') check(e.currentTarget.value);
        }}
      />
      <span id={`${fieldId}-hint`} className="visually-hidden">
        Day, month and year, for example 16/09/2021
      </span>
      {problem && (
        <span id={`${fieldId}-problem`} className="error uk-date-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
