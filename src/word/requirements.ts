/** Whether the host has a Word requirement set; false when Office cannot say. */
export function supportsWordApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('WordApi', version);
  } catch {
    return false;
  }
}
