const meetingDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2021-09-16" -> "Thursday 16 September 2021". */
export function formatMeetingDate(isoDate: string | null): string {
  if (isoDate === null) return 'Date not given in the papers';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : meetingDate.format(date).replace(',', '');
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A moment the library recorded (UTC), in the member's own time: "29 November 2026". */
export function formatDay(isoMoment: string): string {
  const date = new Date(isoMoment);
  return Number.isNaN(date.getTime()) ? isoMoment : day.format(date);
}

/** "29 November 2026 at 15:27", in the member's own time. */
export function formatMoment(isoMoment: string): string {
  const date = new Date(isoMoment);
  return Number.isNaN(date.getTime()) ? isoMoment : `${day.format(date)} at ${time.format(date)}`;
}
