/** What goes on the clipboard: tab-separated text and the same rows as an HTML table (pasting keeps columns). */
export interface ClipboardPayload {
  text: string;
  html: string;
}

/**
 * Which way the copy went: the async Clipboard API, the older `execCommand('copy')`, or neither, in which case
 * the person must press Ctrl+C in a pre-selected text area the pane shows.
 */
export type CopyPath = 'clipboard-api' | 'exec-command' | 'manual';

/** The browser pieces copying needs; defaults to the real ones, tests pass their own. */
export interface CopyEnvironment {
  clipboard?: Pick<Clipboard, 'write'> | undefined;
  ClipboardItem?: typeof ClipboardItem | undefined;
  document: Document;
}

function defaultEnvironment(): CopyEnvironment {
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem !== 'undefined' ? ClipboardItem : undefined,
    document,
  };
}

/**
 * Copies rows for Excel, trying each way in turn. The async Clipboard API is blocked in Word on the web's
 * task pane, so the `copy`-event route (which can carry both formats) comes next; when both fail the caller
 * shows the text pre-selected and asks for Ctrl+C.
 */
export async function copyForExcel(
  payload: ClipboardPayload,
  env: CopyEnvironment = defaultEnvironment(),
): Promise<CopyPath> {
  if (await tryClipboardApi(payload, env)) return 'clipboard-api';
  if (tryExecCommand(payload, env.document)) return 'exec-command';
  return 'manual';
}

async function tryClipboardApi(payload: ClipboardPayload, env: CopyEnvironment): Promise<boolean> {
  if (!env.clipboard || !env.ClipboardItem) return false;
  try {
    const item = new env.ClipboardItem({
      'text/plain': new Blob([payload.text], { type: 'text/plain' }),
      'text/html': new Blob([payload.html], { type: 'text/html' }),
    });
    await env.clipboard.write([item]);
    return true;
  } catch {
    // Permission denied or not allowed in this frame: try the next way.
    return false;
  }
}

/**
 * `execCommand('copy')` on a hidden element holding the text; a `copy` listener puts both formats on the
 * clipboard so the HTML table survives too.
 */
function tryExecCommand(payload: ClipboardPayload, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  const holder = doc.createElement('textarea');
  holder.value = payload.text;
  holder.setAttribute('readonly', '');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.top = '0';
  holder.style.left = '0';
  holder.style.opacity = '0';
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
  };
  const previousFocus = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(holder);
  doc.addEventListener('copy', onCopy);
  try {
    holder.focus();
    holder.select();
    return doc.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    holder.remove();
    previousFocus?.focus?.();
  }
}

/** What to tell the person after a copy, for each path. */
export function copyOutcomeMessage(path: CopyPath, rowCount: number): string {
  const rows = `${rowCount} ${rowCount === 1 ? 'row' : 'rows'}`;
  switch (path) {
    case 'clipboard-api':
    case 'exec-command':
      return `Copied ${rows} with a header row. Paste into Excel (Ctrl+V, ⌘V on Mac); the columns are kept.`;
    case 'manual':
      return `This pane may not copy by itself. The ${rows} are selected below: press Ctrl+C (⌘C on Mac) to copy, then paste into Excel.`;
  }
}
