import { readMinutes, textToParagraphs } from '../../../src/core/read';

const meetingOf = (text: string) => readMinutes(textToParagraphs(text)).meeting;

describe('the next meeting', () => {
  it('is read from the title of the item about it', () => {
    const meeting = meetingOf(
      'Tenants Forum\nDate: 12 May 2024\n1. Apologies\nNone.\n2. Date of next meeting – 16th June at 7.30pm.',
    );
    expect(meeting.nextMeeting).toBe('16th June at 7.30pm');
    expect(meeting.nextMeetingDate).toBe('2024-06-16');
  });

  it('is read from a sentence that gives it, wherever it stands', () => {
    const meeting = meetingOf(
      'Tenants Forum\nDate: 12 May 2024\n1. Any other business\nNext meeting will be held on 9 June 2024.',
    );
    expect(meeting.nextMeeting).toBe('on 9 June 2024');
  });

  it('is the line under a "DATE OF NEXT MEETING" line with no colon', () => {
    const meeting = meetingOf(
      'Tenants Forum\nDate: 12 May 2024\n1. Apologies\nNone.\nDATE OF NEXT MEETING\nMonday 10 June 2024, 7pm',
    );
    expect(meeting.nextMeeting).toBe('Monday 10 June 2024, 7pm');
  });

  it('is the "To be held on …" line under the item about it', () => {
    const meeting = meetingOf(
      'Tenants Forum\nDate: 12 May 2024\n1. Apologies\nNone.\n2. Next meeting\nTo be held on 10 June 2024 at 7pm.',
    );
    expect(meeting.nextMeetingDate).toBe('2024-06-10');
  });

  it("is never an action's due date under the item", () => {
    const meeting = meetingOf(
      'Tenants Forum\nDate: 12 May 2024\n1. Next meeting\nACTION: Priya to book the hall by 2 June.\nTBC',
    );
    expect(meeting.nextMeeting).toBeNull();
  });
});
