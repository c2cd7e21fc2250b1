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
