/**
 * A file that cannot be read as a Word document. `message` (= `reason`) completes a sentence that starts with
 * the file's name: "minutes.docx: is password-protected; remove the password in Word and try again".
 */
export class UnreadableDocumentError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableDocumentError';
  }
}
