// The add-in's base URL and the manifest rewrite that carries it into dist/manifest.xml.
// CommonJS so that webpack.config.js, the .mjs scripts and the jest tests can all load it.
'use strict';

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Reads MINUTEBOOK_URL (the production base URL). Unset or empty means the dev server.
 * Returns { url, origin } or throws an Error whose message says what to fix.
 */
function resolveAddinUrl(env) {
  const raw = (env.MINUTEBOOK_URL || '').trim();
  if (raw === '') return { url: DEV_URL, origin: DEV_ORIGIN, isDefault: true };
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `MINUTEBOOK_URL "${raw}" is not a URL. Set it to the https address the add-in is served from, e.g. https://minutes.example.org/minutebook/`,
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(
      `MINUTEBOOK_URL "${raw}" must start with https:// (Office only loads add-ins over HTTPS).`,
    );
  }
  if (!raw.endsWith('/')) {
    throw new Error(
      `MINUTEBOOK_URL "${raw}" must end with "/" (it is the folder holding taskpane.html): use "${raw}/".`,
    );
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`MINUTEBOOK_URL "${raw}" must not carry a query or fragment.`);
  }
  return { url: raw, origin: parsed.origin, isDefault: false };
}

/** Replaces every dev URL in the manifest with the production one (AppDomain entries get the origin). */
function rewriteManifest(xml, { url, origin }) {
  return xml.split(DEV_URL).join(url).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_URL, DEV_ORIGIN, resolveAddinUrl, rewriteManifest };
