// The results server of `npm run test:word`: serves the built test kit (dist-kit/) and takes the report the kit
// posts from Word to /results (same origin, so no mixed content or CORS in Word's webview). CommonJS so that
// scripts/test-word.mjs and the jest tests share it. Listens on localhost only.
'use strict';

const http = require('node:http');
const https = require('node:https');
const fs = require('node:fs');
const path = require('node:path');
const { z } = require('zod');

const KIT_PORT = 3100;
const MAX_REPORT_BYTES = 5 * 1024 * 1024;

const Result = z.object({
  operation: z.string(),
  name: z.string(),
  status: z.enum(['passed', 'failed', 'not run']),
  question: z.string().optional(),
  syncs: z.number(),
  callbacks: z.number(),
  budget: z.object({ syncs: z.number(), callbacks: z.number() }),
  ms: z.number(),
  problems: z.array(z.string()),
  notes: z.array(z.string()),
});

/** The kit's report (tests/kit/results.ts), with the text the pane would copy. */
const Report = z.object({
  kit: z.literal('minutebook-word-kit'),
  platform: z.string(),
  wordVersion: z.string(),
  date: z.string(),
  refused: z.string().nullable(),
  results: z.array(Result),
  text: z.string().optional(),
});

/**
 * The exit code for a run: 0 when every scenario that ran passed and at least one ran; 1 when one failed, the
 * kit refused the document or nothing ran; 2 when no report came at all.
 */
function exitCodeFor(report) {
  if (!report) return { code: 2, reason: 'no results came from the kit in Word before the time ran out' };
  if (report.refused) return { code: 1, reason: `the kit did not run: ${report.refused}` };
  const failed = report.results.filter((r) => r.status === 'failed').length;
  const passed = report.results.filter((r) => r.status === 'passed').length;
  const notRun = report.results.length - failed - passed;
  if (failed > 0) return { code: 1, reason: `${failed} scenario${failed === 1 ? '' : 's'} failed in Word` };
  if (passed === 0) return { code: 1, reason: 'no scenario ran in Word' };
  return { code: 0, reason: `${passed} passed, ${notRun} not run in Word` };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * A server over `staticDir`; with `tls` ({ key, cert }) it speaks HTTPS, as Office requires of an add-in.
 * `nextReport(ms)` resolves with the first valid report posted (or null when the time runs out).
 */
function createKitServer({ staticDir, tls = null, maxBytes = MAX_REPORT_BYTES }) {
  const root = path.resolve(staticDir);
  let received = null;
  const waiting = [];
  const deliver = (report) => {
    received = report;
    for (const w of waiting.splice(0)) w(report);
  };
  const send = (response, status, body, type = 'application/json; charset=utf-8') => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  const handler = (request, response) => {
    const url = new URL(request.url || '/', 'https://localhost');
    if (url.pathname === '/results') {
      if (request.method !== 'POST') return send(response, 405, { error: 'POST the kit report here.' });
      const chunks = [];
      let size = 0;
      let tooBig = false;
      request.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBytes) tooBig = true;
        else chunks.push(chunk);
      });
      request.on('end', () => {
        if (tooBig) return send(response, 413, { error: `The report is over ${maxBytes} bytes.` });
        let data;
        try {
          data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(response, 400, { error: 'The report is not JSON.' });
        }
        const parsed = Report.safeParse(data);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'top level';
          return send(response, 400, { error: `The report does not fit (${where}: ${issue?.message}).` });
        }
        deliver(parsed.data);
        return send(response, 200, { received: parsed.data.results.length });
      });
      return undefined;
    }
    if (request.method !== 'GET') return send(response, 405, { error: 'Only GET here.' });
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    // Never outside dist-kit/, whatever the path says.
    if (file !== root && !file.startsWith(root + path.sep))
      return send(response, 403, { error: 'Forbidden.' });
    fs.readFile(file, (error, data) => {
      if (error) return send(response, 404, `Not found: ${url.pathname}`, 'text/plain; charset=utf-8');
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      return response.end(data);
    });
    return undefined;
  };

  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return {
    server,
    /** Resolves with the port it listens on (0 picks a free one). */
    listen: (port = KIT_PORT, host = 'localhost') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address().port));
      }),
    nextReport: (timeoutMs) =>
      received
        ? Promise.resolve(received)
        : new Promise((resolve) => {
            const timer = setTimeout(() => {
              waiting.splice(waiting.indexOf(done), 1);
              resolve(null);
            }, timeoutMs);
            const done = (report) => {
              clearTimeout(timer);
              resolve(report);
            };
            waiting.push(done);
          }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One line per scenario, when the kit did not send its own text. */
function reportLines(report) {
  if (report.text) return report.text;
  return [
    `Minutebook Word kit: ${report.platform}, Word ${report.wordVersion}, ${report.date}`,
    ...(report.refused ? [`Not run: ${report.refused}`] : []),
    ...report.results.map((r) => `${r.status.toUpperCase()}  ${r.operation} / ${r.name}`),
  ].join('\n');
}

/** The kit's manifest as `npm run test:word` serves it: the page posts to /results and starts at once. */
function servedManifest(xml) {
  const page = `https://localhost:${KIT_PORT}/kit.html`;
  return xml.split(`"${page}"`).join(`"${page}?results=/results&amp;autorun=1"`);
}

/** `office-addin-debugging start` for the kit: desktop Word, our own server already on the kit's port. */
function desktopKitArgs(manifestPath) {
  return [
    'start',
    manifestPath,
    'desktop',
    '--app',
    'word',
    '--no-debug',
    '--dev-server-port',
    String(KIT_PORT),
  ];
}

/** What a person does on a machine without desktop Word (Linux): Word on the web, step by step. */
function webSteps({ serving, manifestPath }) {
  const url = `https://localhost:${KIT_PORT}/kit.html`;
  return [
    serving
      ? `The test kit is served at ${url}; results posted from Word come back here.`
      : 'There is no Word on this machine: nothing was tested. To run the kit in Word on the web:',
    '',
    ...(serving
      ? []
      : ['  0. Run `npm run test:word -- --serve` (builds the kit, serves it, waits for the results).']),
    `  1. In your browser, open ${url} once and accept the certificate (self-signed).`,
    '  2. Open Word on the web (office.com) and create a NEW BLANK document.',
    `  3. Insert > Add-ins > My Add-ins > Upload My Add-in, and choose ${manifestPath}.`,
    '  4. The "Minutebook test kit" pane opens and runs every scenario (or press "Run all scenarios").',
    '  5. Press "Copy results" and record them in docs/word-compat.md (see docs/word-kit.md).',
  ].join('\n');
}

module.exports = {
  KIT_PORT,
  Report,
  createKitServer,
  exitCodeFor,
  reportLines,
  servedManifest,
  desktopKitArgs,
  webSteps,
};
