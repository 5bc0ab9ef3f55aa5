// The project's own offline check of manifest.xml (Microsoft's validator needs its web service).
// checkManifest(xmlText, { assetsDir }) returns a list of faults; an empty list means the manifest passed.
// CommonJS so that scripts/validate-manifest.mjs and the jest tests can both load it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { SaxesParser } = require('saxes');

/**
 * The children of <OfficeApp xsi:type="TaskPaneApp"> in the schema's order: the OfficeApp complexType's
 * sequence followed by the TaskPaneApp extension (OfficeAppManifest v1.1 XSD).
 */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const OFFICE_APP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
  'Permissions',
];

/** Inside VersionOverrides these elements name their content by resid, and this is the resource kind they need. */
const RESID_KIND = {
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
};
const RESID_MAX_LENGTH = 32;

const localName = (name) => name.slice(name.indexOf(':') + 1);

/** Parses XML into a small tree ({ name, local, attrs, children, text, line }); throws on malformed XML. */
function parseTree(xmlText) {
  const parser = new SaxesParser({ position: true });
  const root = {
    name: '#document',
    local: '#document',
    attrs: {},
    children: [],
    text: '',
    line: 0,
    parent: null,
  };
  let current = root;
  parser.on('opentag', (tag) => {
    const node = {
      name: tag.name,
      local: localName(tag.name),
      attrs: tag.attributes,
      children: [],
      text: '',
      line: parser.line,
      parent: current,
    };
    current.children.push(node);
    if (!tag.isSelfClosing) current = node;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing && current.parent) current = current.parent;
  });
  parser.on('text', (text) => {
    current.text += text;
  });
  parser.write(xmlText).close();
  return root;
}

function* walk(node) {
  for (const child of node.children) {
    yield child;
    yield* walk(child);
  }
}

function hasAncestor(node, local) {
  for (let at = node.parent; at; at = at.parent) if (at.local === local) return true;
  return false;
}

const at = (node) => `line ${node.line}: <${node.name}>`;

function checkOrder(officeApp, fault) {
  let previous = null;
  for (const child of officeApp.children) {
    const index = OFFICE_APP_ORDER.indexOf(child.local);
    if (index === -1) {
      fault(
        'unknown-element',
        `${at(child)} is not a child <OfficeApp> may have. Allowed, in order: ${OFFICE_APP_ORDER.join(', ')}.`,
      );
      continue;
    }
    if (previous && index < OFFICE_APP_ORDER.indexOf(previous.local)) {
      fault(
        'element-order',
        `${at(child)} comes after <${previous.local}>, out of the schema's order. Put <OfficeApp>'s children in this order: ${OFFICE_APP_ORDER.join(', ')}.`,
      );
    }
    previous = child;
  }
  const present = new Set(officeApp.children.map((c) => c.local));
  for (const name of OFFICE_APP_REQUIRED) {
    if (!present.has(name)) fault('missing-element', `<OfficeApp> has no <${name}>; the schema requires it.`);
  }
}

function checkResources(nodes, fault) {
  const resources = new Map();
  const seen = new Map();
  for (const node of nodes) {
    if (!hasAncestor(node, 'Resources') || !['Image', 'Url', 'String'].includes(node.local)) continue;
    const id = node.attrs.id;
    const kind = node.parent ? node.parent.local : '';
    if (!id) {
      fault('missing-id', `${at(node)} in <${kind}> has no id.`);
      continue;
    }
    if (seen.has(id)) {
      fault(
        'duplicate-id',
        `Resource id "${id}" is defined twice (lines ${seen.get(id)} and ${node.line}). Give each resource its own id.`,
      );
      continue;
    }
    seen.set(id, node.line);
    resources.set(id, kind);
  }
  return resources;
}

function checkResids(nodes, resources, fault) {
  for (const node of nodes) {
    if (!hasAncestor(node, 'VersionOverrides') || hasAncestor(node, 'Resources')) continue;
    const kind = RESID_KIND[node.local];
    // <Icon>'s <bt:Image> and the text elements are the ones that must point at a resource.
    if (!kind || (node.local === 'Image' && node.parent.local !== 'Icon')) continue;
    const resid = node.attrs.resid;
    if (resid === undefined || resid === '') {
      fault('missing-resid', `${at(node)} has no resid. Point it at a <${kind}> resource under <Resources>.`);
      continue;
    }
    if (resid.length > RESID_MAX_LENGTH) {
      fault(
        'resid-too-long',
        `${at(node)} resid "${resid}" is longer than ${RESID_MAX_LENGTH} characters, which Office rejects.`,
      );
    }
    if (!resources.has(resid)) {
      fault(
        'unresolved-resid',
        `${at(node)} has resid "${resid}", but no resource has that id. Define it under <Resources> or fix the spelling.`,
      );
    } else if (resources.get(resid) !== kind) {
      fault(
        'wrong-resource-kind',
        `${at(node)} has resid "${resid}", a <${resources.get(resid)}> resource, but <${node.local}> needs one from <${kind}>.`,
      );
    }
  }
}

function checkControlIds(nodes, fault) {
  const seen = new Map();
  for (const node of nodes) {
    if (!['Group', 'Control', 'Item'].includes(node.local) || !hasAncestor(node, 'VersionOverrides'))
      continue;
    const id = node.attrs.id;
    if (!id) {
      fault('missing-id', `${at(node)} has no id.`);
    } else if (seen.has(id)) {
      fault(
        'duplicate-id',
        `Control id "${id}" is used twice (lines ${seen.get(id)} and ${node.line}). Ribbon ids must be unique.`,
      );
    } else {
      seen.set(id, node.line);
    }
  }
}

function checkUrls(nodes, assetsDir, fault) {
  for (const node of nodes) {
    const values = Object.entries(node.attrs)
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([, value]) => value);
    if (node.children.length === 0 && node.text.trim()) values.push(node.text.trim());
    for (const value of values) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      if (!/^https:\/\//i.test(value)) {
        fault(
          'insecure-url',
          `${at(node)} uses "${value}". Office loads add-ins only over HTTPS: use an https:// URL.`,
        );
        continue;
      }
      const isIcon =
        ['IconUrl', 'HighResolutionIconUrl'].includes(node.local) ||
        (node.local === 'Image' && hasAncestor(node, 'Resources'));
      if (isIcon) checkIconFile(node, value, assetsDir, fault);
    }
  }
}

function checkIconFile(node, url, assetsDir, fault) {
  const pathname = new URL(url).pathname;
  const marker = pathname.lastIndexOf('/assets/');
  if (marker === -1) {
    fault(
      'icon-outside-assets',
      `${at(node)} icon "${url}" is not under /assets/, so it is not shipped with the add-in.`,
    );
    return;
  }
  const file = path.join(assetsDir, decodeURIComponent(pathname.slice(marker + '/assets/'.length)));
  if (!fs.existsSync(file)) {
    fault(
      'missing-icon',
      `${at(node)} icon "${url}" has no file ${file}. Add it (node scripts/make-icons.mjs) or fix the URL.`,
    );
  }
}

function checkRequirements(officeApp, fault) {
  const requirements = officeApp.children.find((c) => c.local === 'Requirements');
  if (!requirements) {
    fault(
      'missing-requirements',
      '<OfficeApp> has no <Requirements>. Add <Requirements><Sets><Set Name="WordApi" MinVersion="1.3"/></Sets></Requirements> after <Hosts>.',
    );
    return;
  }
  const wordApi = [...walk(requirements)].find((n) => n.local === 'Set' && n.attrs.Name === 'WordApi');
  if (!wordApi)
    fault(
      'missing-requirements',
      `${at(requirements)} does not name the WordApi set. Add <Set Name="WordApi" MinVersion="1.3"/>.`,
    );
}

function checkBasics(officeApp, fault) {
  const text = (local) => {
    const node = officeApp.children.find((c) => c.local === local);
    return node ? node.text.trim() : undefined;
  };
  const version = text('Version');
  if (version !== undefined && !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) {
    fault('version-format', `<Version> is "${version}"; it must be four numbers like 1.0.0.0.`);
  }
  const id = text('Id');
  if (id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    fault('id-format', `<Id> is "${id}"; it must be a GUID like 5d6199bb-fbd7-49e5-afcb-25a5ede597fd.`);
  }
  const hosts = officeApp.children.find((c) => c.local === 'Hosts');
  const names = hosts ? hosts.children.map((h) => h.attrs.Name) : [];
  if (names.length !== 1 || names[0] !== 'Document') {
    fault(
      'hosts',
      `<Hosts> must list Word only (<Host Name="Document"/>); found: ${names.join(', ') || 'nothing'}.`,
    );
  }
}

/**
 * Checks a manifest's text. Returns [{ code, message }], empty when it passes.
 * options.assetsDir is where icon files must exist (default: the project's assets/).
 */
function checkManifest(xmlText, options = {}) {
  const assetsDir = options.assetsDir || path.join(__dirname, '..', 'assets');
  const faults = [];
  const fault = (code, message) => faults.push({ code, message });
  let tree;
  try {
    tree = parseTree(xmlText);
  } catch (error) {
    fault('not-well-formed', `The manifest is not well-formed XML: ${error.message}`);
    return faults;
  }
  const officeApp = tree.children.find((c) => c.local === 'OfficeApp');
  if (!officeApp) {
    fault('no-officeapp', 'The root element must be <OfficeApp>.');
    return faults;
  }
  const nodes = [...walk(officeApp)];
  checkOrder(officeApp, fault);
  checkBasics(officeApp, fault);
  checkRequirements(officeApp, fault);
  const resources = checkResources(nodes, fault);
  checkResids(nodes, resources, fault);
  checkControlIds(nodes, fault);
  checkUrls(nodes, assetsDir, fault);
  return faults;
}

module.exports = { checkManifest, OFFICE_APP_ORDER };
