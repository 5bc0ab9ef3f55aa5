/** @jest-environment jsdom */
import { copyForExcel, copyOutcomeMessage, type CopyEnvironment } from '../../../src/taskpane/delivery';
import { readBlobText } from './captureDownloads';

const payload = { text: 'Ref\tOwner\r\n2.1-A1\tPCC\r\n', html: '<table><tr><th>Ref</th></tr></table>' };

/** A stand-in ClipboardItem that keeps what it was given. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function execCommandThat(result: boolean | 'throw') {
  const seen: { plain: string; html: string; selected: string }[] = [];
  const exec = jest.fn((command: string) => {
    if (result === 'throw') throw new Error('not allowed');
    if (command !== 'copy') return false;
    const data = new Map<string, string>();
    const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (t: string, v: string) => data.set(t, v) },
    });
    document.dispatchEvent(event);
    const active = document.activeElement as HTMLTextAreaElement;
    seen.push({
      plain: data.get('text/plain') ?? '',
      html: data.get('text/html') ?? '',
      selected: active.value.slice(active.selectionStart, active.selectionEnd),
    });
    return result;
  });
  return { exec, seen };
}

function environment(overrides: Partial<CopyEnvironment>): CopyEnvironment {
  return { clipboard: undefined, ClipboardItem: undefined, document, ...overrides };
}

describe('copyForExcel', () => {
  const originalExec = document.execCommand;
  afterEach(() => {
    document.execCommand = originalExec;
  });

  it('uses the async Clipboard API with both text/plain and text/html when it is allowed', async () => {
    const write = jest.fn().mockResolvedValue(undefined);
    const { exec } = execCommandThat(true);
    document.execCommand = exec;
    const path = await copyForExcel(
      payload,
      environment({
        clipboard: { write },
        ClipboardItem: FakeClipboardItem as unknown as typeof ClipboardItem,
      }),
    );
    expect(path).toBe('clipboard-api');
    const item = write.mock.calls[0][0][0] as FakeClipboardItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await readBlobText(item.items['text/plain']!)).toBe(payload.text);
    expect(await readBlobText(item.items['text/html']!)).toBe(payload.html);
    expect(exec).not.toHaveBeenCalled();
  });

  it("falls back to execCommand('copy') carrying both formats when the Clipboard API is refused", async () => {
    const write = jest.fn().mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    const { exec, seen } = execCommandThat(true);
    document.execCommand = exec;
    const before = document.createElement('button');
    document.body.appendChild(before);
    before.focus();
    const path = await copyForExcel(
      payload,
      environment({
        clipboard: { write },
        ClipboardItem: FakeClipboardItem as unknown as typeof ClipboardItem,
      }),
    );
    expect(path).toBe('exec-command');
    expect(seen).toEqual([
      { plain: payload.text, html: payload.html, selected: payload.text.replace(/\r\n/g, '\n') },
    ]);
    // The hidden holder is removed and focus goes back where it was.
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
    expect(document.activeElement).toBe(before);
    before.remove();
  });

  it('falls back to execCommand when there is no Clipboard API at all', async () => {
    const { exec } = execCommandThat(true);
    document.execCommand = exec;
    expect(await copyForExcel(payload, environment({}))).toBe('exec-command');
  });

  it('asks for a manual copy when execCommand reports failure', async () => {
    const { exec } = execCommandThat(false);
    document.execCommand = exec;
    expect(await copyForExcel(payload, environment({}))).toBe('manual');
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
  });

  it('asks for a manual copy when execCommand throws', async () => {
    const { exec } = execCommandThat('throw');
    document.execCommand = exec;
    expect(await copyForExcel(payload, environment({}))).toBe('manual');
  });

  it('tells the person to press Ctrl+C only on the manual path', () => {
    expect(copyOutcomeMessage('manual', 3)).toMatch(/press Ctrl\+C/);
    expect(copyOutcomeMessage('clipboard-api', 1)).toMatch(/^Copied 1 row /);
    expect(copyOutcomeMessage('exec-command', 2)).not.toMatch(/press Ctrl\+C/);
  });
});
