import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { setStoredMeetingNamespace } from '../../../src/word/stored-meeting';
import { SCENARIO_GROUPS } from '../../word/scenarios/groups';
import { installKitExpect } from '../expect';
import { KIT_NAMESPACE } from '../kit-namespace';
import { reportText, type KitReport } from '../results';
import { runAll } from '../run';
import { wordStage } from '../word-stage';
import { KitPane } from './KitPane';

/**
 * The test kit's pane (its own webpack entry, `npm run build:kit`; manifest-kit.xml). In Word it runs every
 * Word scenario on the open document, which must be blank; in a plain browser it lists them and runs nothing.
 * `?results=<url>` posts the report there (the results server of `npm run test:word`); `?autorun=1` starts at once.
 */
installKitExpect();
setStoredMeetingNamespace(KIT_NAMESPACE);

const params = new URLSearchParams(window.location.search);
const resultsUrl = params.get('results');

/** The clipboard API where the webview allows it, else the old copy command on a hidden text area. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

async function postReport(report: KitReport): Promise<string | null> {
  if (!resultsUrl) return null;
  try {
    const response = await fetch(resultsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...report, text: reportText(report) }),
    });
    return response.ok
      ? 'Results sent to npm run test:word.'
      : `The results server answered ${response.status}.`;
  } catch (e) {
    return `Could not send the results (${e instanceof Error ? e.message : String(e)}); copy them instead.`;
  }
}

void Office.onReady().then((info) => {
  // Compared as text: the stub outside Word has no Office.HostType.
  const inWord = String(info.host) === 'Word';
  const platform = inWord ? String(Office.context.platform ?? info.platform) : 'not in Word';
  const wordVersion = inWord ? (Office.context.diagnostics?.version ?? 'unknown') : 'none';
  const stage = inWord ? wordStage(KIT_NAMESPACE) : null;
  const where = inWord
    ? `Word ${wordVersion} on ${platform}.`
    : 'Not inside Word: the scenarios are listed, but they run only in Word (see docs/word-kit.md).';
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <KitPane
        groups={SCENARIO_GROUPS}
        run={stage ? (onResult) => runAll(SCENARIO_GROUPS, stage, { platform, wordVersion, onResult }) : null}
        where={where}
        copy={copyText}
        onReport={resultsUrl ? postReport : undefined}
        autorun={params.get('autorun') === '1'}
      />
    </FluentProvider>,
  );
});
