import { useState } from 'react';
import type { OutcomeDetail } from '../../shared/domain';

/** Whether anyone must act on an outcome: how its wording was read, and the chair's word on it. */
export function ChasingChoice({
  detail,
  onSave,
}: {
  detail: OutcomeDetail;
  onSave: (needsChasing: boolean, note: string) => Promise<unknown>;
}) {
  const [note, setNote] = useState('');
  const choose = (needsChasing: boolean) => {
    if (needsChasing === detail.needsChasing) return;
    void onSave(needsChasing, note).then(() => setNote(''));
  };
  return (
    <section className="stack chasing-choice" aria-labelledby="chasing-title">
      <h3 id="chasing-title">Does anyone need to act on it?</h3>
      <div className="button-row compact" role="group" aria-labelledby="chasing-title">
        <button type="button" className="toggle" aria-pressed={detail.needsChasing} onClick={() => choose(true)}>
          Needs chasing
        </button>
        <button type="button" className="toggle" aria-pressed={!detail.needsChasing} onClick={() => choose(false)}>
          Nothing to chase
        </button>
      </div>
      <p className="muted">
        {detail.chasingSetBy === 'chair'
          ? 'You decided this; the history below says when.'
          : `Sorted by Scrutineer. ${detail.chasingReading}`}
      </p>
      <label htmlFor="chasing-note">Note for the history if you change it (optional)</label>
      <input id="chasing-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
    </section>
  );
}
