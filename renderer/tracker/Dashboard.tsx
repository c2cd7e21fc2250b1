import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useTracker } from './use-tracker';
import './tracker.css';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

/**
 * What needs chasing per committee (open, overdue, done), the RAG ratings of what is open, recommendations
 * still without the executive's response, how long it has waited, and what is only on record.
 */
export function Dashboard() {
  const data = useTracker((s) => s.dashboard);
  if (!data || data.committees.length === 0) return null;
  const ink = getComputedStyle(document.documentElement).getPropertyValue('--text').trim() || '#0b0c0c';
  const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#1d70b8';
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title" className="visually-hidden">
        Dashboard
      </h2>
      <div className="dashboard-scroll" role="region" aria-labelledby="dashboard-table-caption" tabIndex={0}>
        <table className="dashboard-table">
          <caption id="dashboard-table-caption">What needs chasing, by committee</caption>
          <thead>
            <tr>
              <th scope="col">Committee</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
              <th scope="col">Red</th>
              <th scope="col">Amber</th>
              <th scope="col">Green</th>
              <th scope="col">Not rated</th>
              <th scope="col">No response after 2 months</th>
              <th scope="col">Done</th>
              <th scope="col">All to chase</th>
              <th scope="col">Recorded</th>
            </tr>
          </thead>
          <tbody>
            {data.committees.map((c) => (
              <tr key={c.committee}>
                <th scope="row">{c.committee}</th>
                <td>{c.open}</td>
                <td className={c.overdue > 0 ? 'overdue' : undefined}>{c.overdue}</td>
                <td>{c.red}</td>
                <td>{c.amber}</td>
                <td>{c.green}</td>
                <td>{c.unrated}</td>
                <td className={c.awaitingResponse > 0 ? 'overdue' : undefined}>{c.awaitingResponse}</td>
                <td>{c.done}</td>
                <td>{c.total}</td>
                <td>{c.recorded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure className="ageing">
        <figcaption>How long open outcomes have been waiting</figcaption>
        <div className="ageing-chart">
          <Bar
            aria-label={`Open outcomes by age: ${data.ageing.map((a) => `${a.label} ${a.count}`).join(', ')}`}
            role="img"
            data={{
              labels: data.ageing.map((a) => a.label),
              datasets: [{ label: 'Open outcomes', data: data.ageing.map((a) => a.count), backgroundColor: accent }],
            }}
            options={{
              maintainAspectRatio: false,
              animation: false,
              plugins: { legend: { display: false } },
              scales: {
                x: { ticks: { color: ink } },
                y: {
                  beginAtZero: true,
                  ticks: { color: ink, precision: 0 },
                  title: { display: true, text: 'Open outcomes', color: ink },
                },
              },
            }}
          />
        </div>
      </figure>
    </section>
  );
}
