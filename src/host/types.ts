/** What the pane knows of the Office host it runs in; built by src/host, plain data for everyone else. */
export interface HostInfo {
  /** False when the page is opened in a plain browser (no Office). */
  inOffice: boolean;
  /** Office's platform name ("OfficeOnline", "PC", "Mac", "iOS") or null outside Office. */
  platform: string | null;
  /** BCP 47 display language, e.g. "en-GB" (the default outside Office). */
  displayLanguage: string;
  theme: 'light' | 'dark' | 'highContrast';
  /** Whether a Word requirement set is available, e.g. supportsWordApi('1.4'). */
  supportsWordApi(version: string): boolean;
  /** The user's name where the host gives one (recorded with dismissed findings); absent or null otherwise. */
  userName?: string | null;
  /** The view asked for in the URL (`?view=review` from the ribbon's Check minutes), if any. */
  requestedView: string | null;
}
