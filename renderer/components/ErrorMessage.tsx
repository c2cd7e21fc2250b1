import type { ReactNode } from 'react';
import './shared-fields.css';

export { errorText } from '../api/error-text';

/**
 * The one way a screen shows an error: announced at once (role="alert"), in the
 * error colour, with an optional way to try again. Renders nothing without an error.
 */
export function ErrorMessage({
  error,
  onRetry,
  children,
}: {
  error: string | null | undefined;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  if (!error) return null;
  return (
    <div role="alert" className="error-message">
      <p className="error">{error}</p>
      {children}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
