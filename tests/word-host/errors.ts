/** An error Word reports, with a code from Word.ErrorCodes / OfficeExtension.ErrorCodes. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
