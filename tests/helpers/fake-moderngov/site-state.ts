import { boardAttendees, MEETING_TIME, VENUE } from './coventry';
import { fileNameDate } from './dates';
import { minutesFixture } from './fixture-texts';
import { minutesPaper, restrictedPaper, shortPaper } from './papers';
import type { FakeAgendaItem, FakeCommittee, FakeDoc, FakeDocInput, FakeMeeting } from './types';

/** ModernGov keeps letters, digits and a little punctuation in a document's file name. */
function fileName(title: string): string {
  return title
    .replace(/[^A-Za-z0-9 ()',.&-]/g, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Everything the fake site knows, and the changes a council makes to it over time. */
export class SiteState {
  readonly committees: FakeCommittee[] = [];
  private nextId: { committee: number; meeting: number; item: number; attachment: number };
  /** The board's members keep their ids from meeting to meeting. */
  private readonly memberBase: number;

  constructor(
    idShift: number,
    /** The date the site treats as today (ISO). */
    readonly today: string,
  ) {
    this.nextId = {
      committee: 101 + idShift,
      meeting: 12001 + idShift,
      item: 51001 + idShift,
      attachment: 40101 + idShift,
    };
    this.memberBase = 2001 + idShift;
  }

  addCommittee(title: string, category: string, flags: { deleted?: boolean; expired?: boolean } = {}): FakeCommittee {
    const committee: FakeCommittee = {
      id: this.nextId.committee++,
      title,
      category,
      deleted: flags.deleted ?? false,
      expired: flags.expired ?? false,
      meetings: [],
    };
    this.committees.push(committee);
    return committee;
  }

  committee(id: number): FakeCommittee | undefined {
    return this.committees.find((c) => c.id === id);
  }

  meeting(id: number): FakeMeeting | undefined {
    return this.committees.flatMap((c) => c.meetings).find((m) => m.id === id);
  }

  docs(): FakeDoc[] {
    return this.committees
      .flatMap((c) => c.meetings)
      .flatMap((m) => m.items)
      .flatMap((i) => i.docs);
  }

  doc(attachmentId: number): FakeDoc | undefined {
    return this.docs().find((d) => d.attachmentId === attachmentId);
  }

  /** The meeting a paper belongs to (for its XML and its printed date). */
  meetingOf(doc: FakeDoc): FakeMeeting | undefined {
    return this.committees.flatMap((c) => c.meetings).find((m) => m.items.some((i) => i.docs.includes(doc)));
  }

  newMeeting(committeeId: number, date: string, fields: Partial<FakeMeeting> = {}): FakeMeeting {
    const committee = this.committee(committeeId);
    if (!committee) throw new Error(`No committee ${committeeId}`);
    const meeting: FakeMeeting = {
      id: this.nextId.meeting++,
      committeeId,
      date,
      time: MEETING_TIME,
      status: 'Confirmed',
      location: VENUE,
      agendaPublished: true,
      minutesPublished: false,
      items: [],
      attendees: boardAttendees(this.memberBase, date > this.today),
      minutesDoc: null,
      ...fields,
    };
    committee.meetings.push(meeting);
    committee.meetings.sort((a, b) => a.date.localeCompare(b.date));
    return meeting;
  }

  addItem(meeting: FakeMeeting, title: string, minutesText = '', minuteNumber = ''): FakeAgendaItem {
    const item: FakeAgendaItem = {
      id: this.nextId.item++,
      number: meeting.items.length + 1,
      minuteNumber,
      title,
      minutesText,
      decisionText: '',
      isDecision: false,
      docs: [],
    };
    meeting.items.push(item);
    return item;
  }

  /** A paper on an agenda item: its text is printed to PDF when first asked for. */
  addDoc(meeting: FakeMeeting, item: FakeAgendaItem, input: FakeDocInput, publicationDate: string): FakeDoc {
    const committee = this.committee(meeting.committeeId)?.title ?? '';
    const attachmentId = this.nextId.attachment++;
    const doc: FakeDoc = {
      attachmentId,
      title: input.title,
      path: input.convertUrl
        ? `/mgConvert2PDF.aspx?ID=${attachmentId}`
        : `/documents/s${attachmentId}/${fileName(input.title)}.pdf`,
      restricted: input.restricted ?? false,
      publicationDate,
      ownerTitle: item.title,
      text:
        input.text ??
        (input.restricted
          ? restrictedPaper(committee, meeting.date, input.title)
          : shortPaper(committee, meeting.date, input.title, false)),
      version: 1,
    };
    item.docs.push(doc);
    return doc;
  }

  /** The item a paper goes on when the test does not say: the first with papers other than the printed minutes. */
  mainItem(meeting: FakeMeeting, itemNumber?: number): FakeAgendaItem {
    const item =
      itemNumber !== undefined
        ? meeting.items.find((i) => i.number === itemNumber)
        : (meeting.items.find((i) => i.docs.some((d) => d !== meeting.minutesDoc)) ?? meeting.items.at(-1));
    if (!item) throw new Error(`Meeting ${meeting.id} has no agenda item ${itemNumber ?? ''}`);
    return item;
  }

  /**
   * Minutes come out: each item with a minute gets the next minute number of the committee's
   * year, minutesnonemptyhtmlbody appears, and (unless printed is false) the printed minutes
   * become a linked document. Publishing again with printed adds the printed minutes later.
   */
  publishMinutes(meeting: FakeMeeting, publicationDate: string, printed = true): void {
    const committee = this.committee(meeting.committeeId);
    if (!committee) return;
    if (!meeting.minutesPublished) this.numberMinutes(committee, meeting);
    if (printed && !meeting.minutesDoc) this.printMinutes(committee, meeting, publicationDate);
  }

  private numberMinutes(committee: FakeCommittee, meeting: FakeMeeting): void {
    let last = Math.max(
      0,
      ...committee.meetings.flatMap((m) => m.items.map((i) => Number.parseInt(i.minuteNumber, 10) || 0)),
    );
    for (const item of meeting.items) {
      if (item.minutesText && !item.minuteNumber) item.minuteNumber = String(++last);
    }
    meeting.minutesPublished = true;
    meeting.attendees = meeting.attendees.map((a, i) => ({
      ...a,
      attendance: a.attendance === 'Expected' ? (boardAttendees(0, false)[i]?.attendance ?? 'Present') : a.attendance,
    }));
  }

  private printMinutes(committee: FakeCommittee, meeting: FakeMeeting, publicationDate: string): void {
    const first = meeting.items[0];
    if (!first) return;
    const attachmentId = this.nextId.attachment++;
    const title = `Printed minutes ${fileNameDate(meeting.date)} ${meeting.time.replace(/ [ap]m$/, '')} ${committee.title}`;
    const doc: FakeDoc = {
      attachmentId,
      title,
      path: `/documents/g${meeting.id}/${fileName(title)}.pdf`,
      restricted: false,
      publicationDate,
      ownerTitle: 'Printed minutes',
      text: minutesPaper(committee.title, meeting, minutesFixture().attendance),
      version: 1,
    };
    first.docs.push(doc);
    meeting.minutesDoc = doc;
  }
}
