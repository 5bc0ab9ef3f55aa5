/** The Common API answers through callbacks; one call is one round trip. This turns one into a promise. */
export function callOffice<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
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
