import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

/**
 * Issue 13, "one lexicon": the reader's regular expressions hold grammar (punctuation, digits, a few function
 * words), never vocabulary. This scans every regular expression written outside src/core/read/lexicon/ (regex
 * literals, and the literal text of strings and templates given to `new RegExp`) for English words (two
 * letters or more); a word that is not grammar must come from a lexicon list instead.
 */

const ROOT = join(__dirname, '../../..');
const SCANNED = ['src/core/read', 'src/core/check', 'src/core/attendance'];
const LEXICON = 'src/core/read/lexicon';

/**
 * Function words: how a phrase is put together, not what it says (articles, auxiliaries and modals,
 * prepositions, pronouns, conjunctions), and the pieces of morphology a pattern spells out (ordinal endings,
 * am / pm, "-ing", "-ly", "-ed"). Adding a content word here is cheating: put it in a lexicon list instead.
 */
const GRAMMAR = new Set(
  [
    'the a an this there and or that who which not all',
    'is are was were be been has have had will would should must',
    'to of by in on at as for from with now also',
    'its his her their our',
    'st nd rd th am pm ing ly ed',
  ].flatMap((line) => line.split(' ')),
);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === LEXICON ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text a regular expression is written in, with escapes (\s, \b, \p{L}, \u00e9) taken out. */
function words(pattern: string): string[] {
  const bare = pattern
    .replace(/\\\\/g, ' ')
    .replace(/\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/g, ' ')
    .replace(/\\[pP]\{[^}]*\}/g, ' ')
    .replace(/\\[a-zA-Z]/g, ' ')
    // "[Tt]he" is "the"; any other class ("[A-Z]", "[^()]") is no word.
    .replace(/\[([A-Za-z])([A-Za-z])\]/g, (all, a: string, b: string) =>
      a.toLowerCase() === b.toLowerCase() ? a : ' ',
    )
    .replace(/\[[^\]]*\]/g, ' ');
  return (bare.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase());
}

/** The literal parts of a string or template (never what its ${} puts in: that comes from elsewhere). */
function literalText(node: ts.Node): string[] {
  if (node.parent && ts.isTaggedTemplateExpression(node.parent)) return []; // read raw, below, from its tag
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  // String.raw`\s+to\s`: the raw text (as written between the backticks) is the pattern.
  if (ts.isTaggedTemplateExpression(node)) {
    const t = node.template;
    const parts = ts.isNoSubstitutionTemplateLiteral(t)
      ? [t]
      : [t.head, ...t.templateSpans.map((s) => s.literal)];
    return parts.map((part) => part.getText().replace(/^[`}]|(?:\$\{|`)$/g, ''));
  }
  return [];
}

/** A string kept to build an expression later ("(?:jan|feb)", "\\bheld\\s"): a group or an escape gives it away. */
const LOOKS_LIKE_A_PATTERN = /\(\?[:=!<]|\\[bsdw]/;

/** Every regular expression's own text in a source: regex literals, and the literals that make a `new RegExp`. */
function patterns(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  // Strings kept in a constant and put into an expression by name ("const WORDS = 'chair|clerk'").
  const constants = new Map<string, ts.Node>();
  const declare = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    node.forEachChild(declare);
  };
  declare(source);
  const named = new Set<string>();
  const collect = (node: ts.Node, inRegExp: boolean): void => {
    if (inRegExp && ts.isIdentifier(node) && !named.has(node.text)) {
      named.add(node.text);
      const value = constants.get(node.text);
      if (value) for (const text of literalText(value)) found.push({ line: at(value), text });
    }
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      found.push({ line: at(node), text: text.slice(1, text.lastIndexOf('/')) });
    } else if (inRegExp || (literalText(node).length > 0 && LOOKS_LIKE_A_PATTERN.test(node.getText()))) {
      for (const text of literalText(node)) found.push({ line: at(node), text });
    }
    const isRegExp = ts.isNewExpression(node) && node.expression.getText() === 'RegExp';
    node.forEachChild((child) => {
      // The flags argument ('gi', 'iu') is not a pattern.
      const flags = isRegExp && (node as ts.NewExpression).arguments?.[1] === child;
      collect(child, inRegExp || (isRegExp && !flags));
    });
  };
  collect(source, false);
  return found;
}

/** "file:line word" for every word of vocabulary in the source's patterns. */
function vocabulary(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  return patterns(file, text).flatMap(({ line, text }) =>
    words(text)
      .filter((w) => !GRAMMAR.has(w))
      .map((w) => `${file}:${line} ${w}`),
  );
}

describe('one lexicon: no vocabulary written in a regular expression outside src/core/read/lexicon/', () => {
  const files = SCANNED.flatMap(sources);

  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s', (file) => {
    expect(vocabulary(file)).toEqual([]);
  });

  it('can fail: words written in a pattern are found, escapes and grammar are not', () => {
    expect(words(String.raw`^(?:minutes|the)\s+\bapproved\b[a-z]\u00e9[Tt]o`)).toEqual([
      'minutes',
      'the',
      'approved',
      'to',
    ]);
    const source = [
      'const A = /\\bchairman\\b/i;',
      "const B = new RegExp(`^${anyOf(LABELS)}\\s+minutes`, 'i');",
      'const C = String.raw`\\bat\\s+noon\\b`;',
      "const D = 'Chair of the meeting';",
      "const E = 'clerk|scribe';",
      'const F = new RegExp(E);',
    ].join('\n');
    expect(vocabulary('x.ts', source)).toEqual([
      'x.ts:1 chairman',
      'x.ts:2 minutes',
      'x.ts:3 noon',
      'x.ts:5 clerk',
      'x.ts:5 scribe',
    ]);
  });
});
