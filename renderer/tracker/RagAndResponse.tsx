import { useRef, useState } from 'react';
import {
  EXECUTIVE_RESPONSES,
  RAG_RATINGS,
  type ExecutiveResponse,
  type OutcomeDetail,
  type RagRating,
} from '../../shared/domain';
import { UkDateField } from '../components/UkDateField';
import { RAG_LABEL, RESPONSE_LABEL } from './labels';

/** As a council's own tracker keeps them: the RAG rating, and the executive's response to a recommendation. */
export function RagAndResponse({
  detail,
  onSave,
}: {
  detail: OutcomeDetail;
  onSave: (rag: RagRating | null, response: ExecutiveResponse | null | undefined, note: string) => Promise<boolean>;
}) {
  const [rag, setRag] = useState<RagRating | ''>(detail.rag ?? '');
  const [response, setResponse] = useState<ExecutiveResponse['response'] | ''>(
    detail.executiveResponse?.response ?? '',
  );
  const [on, setOn] = useState(detail.executiveResponse?.on ?? '');
  const [text, setText] = useState(detail.executiveResponse?.text ?? '');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  // A date typed but not yet a date (31/02/2025, "next week"): nothing is saved until it is put right.
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const recommendation = detail.kind === 'recommendation';

  const save = () => {
    if (recommendation && dateProblem) {
      setProblem('');
      form.current?.querySelector<HTMLInputElement>('#outcome-response-on')?.focus();
      return;
    }
    if (recommendation && response && !/^\d{4}-\d{2}-\d{2}$/.test(on)) {
      setProblem('Give the date of the executive’s response.');
      return;
    }
    setProblem('');
    const executive = !recommendation ? undefined : response ? { response, on, text } : null;
    void onSave(rag || null, executive, note).then((saved) => saved && setNote(''));
  };

  return (
    <form
      ref={form}
      className="stack"
      aria-labelledby="rag-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3 id="rag-title">{recommendation ? 'RAG rating and executive response' : 'RAG rating'}</h3>
      <label htmlFor="outcome-rag">RAG rating</label>
      <select id="outcome-rag" value={rag} onChange={(e) => setRag(e.target.value as RagRating | '')}>
        <option value="">Not rated</option>
        {RAG_RATINGS.map((r) => (
          <option key={r} value={r}>
            {RAG_LABEL[r]}
          </option>
        ))}
      </select>
      <label htmlFor="outcome-rag-note">Why (kept in the history)</label>
      <textarea id="outcome-rag-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {recommendation && (
        <>
          <label htmlFor="outcome-response">Executive’s response (expected within two months)</label>
          <select
            id="outcome-response"
            value={response}
            onChange={(e) => setResponse(e.target.value as ExecutiveResponse['response'] | '')}
          >
            <option value="">No response yet</option>
            {EXECUTIVE_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {RESPONSE_LABEL[r]}
              </option>
            ))}
          </select>
          <UkDateField
            id="outcome-response-on"
            label="Date of the response"
            value={on}
            onChange={setOn}
            onProblem={setDateProblem}
          />
          <label htmlFor="outcome-response-text">What the executive said</label>
          <textarea id="outcome-response-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="submit">{recommendation ? 'Save rating and response' : 'Save rating'}</button>
    </form>
  );
}
