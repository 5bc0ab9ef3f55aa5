import { DocumentOperationError, STORED_MEETING_CHANGED } from '../core/port';

/** What the pane says when a save finds that another person saved the meeting since this pane read it. */
export const STORED_MEETING_CHANGED_MESSAGE =
  'Someone else saved the meeting details in this document since you opened it. Reload their version, or keep yours (it replaces theirs).';

/** The refused save, as the error every adapter throws (the memory port too, so the pane sees one shape). */
export function storedMeetingChangedError(): DocumentOperationError {
  return new DocumentOperationError(
    'Save meeting details',
    STORED_MEETING_CHANGED_MESSAGE,
    STORED_MEETING_CHANGED,
  );
}

/** Office's error code, when the thing thrown looks like an OfficeExtension.Error. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') return String(code);
  }
  return null;
}

/** Where in the batch Word says it failed ("Paragraph.insertOoxml"), when it says. */
export function officeErrorLocation(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'debugInfo' in error) {
    const info = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
    if (typeof info?.errorLocation === 'string') return info.errorLocation;
  }
  return '';
}

/** What the person can do about each of Word's error codes (Word.ErrorCodes, OfficeExtension.ErrorCodes). */
export const ADVICE: Record<string, string> = {
  ItemNotFound: 'Word could not find that place any more; run the check again.',
  InvalidArgument: 'Word did not accept the content. Please report this with the code below.',
  AccessDenied: 'The document is read-only or protected here. Open it for editing and try again.',
  NotAllowed:
    'Word does not allow that change here (the document may be protected, or the cursor is in a locked part). Move the cursor into the main text and try again.',
  GeneralException: 'Word reported a problem. Try again; if it happens again, save and reopen the document.',
  ApiNotFound: 'This version of Word lacks a feature Minutebook needs. Update Office or use Word on the web.',
  NotImplemented:
    'This version of Word lacks a feature Minutebook needs. Update Office or use Word on the web.',
  SearchDialogIsOpen: "Close Word's Find dialog and try again.",
  SearchStringInvalidOrTooLong:
    'Word could not search for that text (it is too long or has characters Word cannot search for). Find it by hand, or run the check again.',
  InvalidObjectPath:
    'The document changed while Minutebook was working. Run the check again, then try again.',
};

/** Any failure of a document operation, as the message a person reads. */
export function toDocumentOperationError(
  operation: string,
  error: unknown,
  changed = '',
): DocumentOperationError {
  if (error instanceof DocumentOperationError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const advice = (code && ADVICE[code]) ?? 'Try again; if it happens again, save and reopen the document.';
  return new DocumentOperationError(
    operation,
    `${operation} did not work: ${detail} ${advice}`.trim(),
    code,
    changed,
  );
}
