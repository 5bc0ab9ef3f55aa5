/** An error shaped like OfficeExtension.Error: a code, a message and debugInfo.errorLocation. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation = '',
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}
