import type { TrackerProblem as Problem } from './tracker-store';
import { useTracker } from './use-tracker';

/** The tracker's one way to show a problem: where it happened, as an alert. */
export function TrackerProblem({ where }: { where: Problem['where'] }) {
  const problem = useTracker((s) => s.problem);
  if (problem?.where !== where) return null;
  return (
    <p role="alert" className="error">
      {problem.message}
    </p>
  );
}
