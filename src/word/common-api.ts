let observer: (() => void) | null = null;

/**
 * Told of every callback `callOffice` gets: the in-Word test kit counts Common-API round trips here
 * (tests/kit/instrument.ts), because Office.js defines its async methods read-only so they cannot be wrapped.
 * Nothing in the product sets it.
 */
export function observeOfficeCallbacks(next: (() => void) | null): void {
  observer = next;
}

/** The Common API answers through callbacks; one call is one round trip. This turns one into a promise. */
export function callOffice<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      observer?.();
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else
        reject(
          Object.assign(new Error(result.error?.message ?? 'Office reported a failure.'), {
            code: String(result.error?.code ?? ''),
          }),
        );
    });
  });
}
