import { checkMinutes, RULES } from '../../src/core/check';
import { emptyMeeting, type Attendee, type Item, type Minutes } from '../../src/core/model';
import type { CorpusLabels, LabelledAction, LabelledAttendee, LabelledItem } from './labels';
import { greedyMatch, namesMatch, norm, ownerEq, similar } from './match';

/**
 * Scores what the reader made of one corpus document against its labels. Pure: no files, no clock.
 *
 * Matching follows the reference scorer (../shared/tools/score-corpus): each labelled action in turn takes the
 * unused predicted action most similar to it (similarity ≥ 0.6, one to one). Labelled actions linked by
 * `same_task_as` are one task: it is found when any of them is matched, and a second prediction matched to
 * its twin is not a false positive. Every figure is a count of hits out of a total, so documents add up.
 */

/** The reader's output as the CLI's `check --json` gives it (a CheckReport), reduced to what is scored. */
export interface ReaderOutput {
  meeting: {
    title: string;
    date: string | null;
    chair: string;
    minuteTaker: string;
    venue: string;
    nextMeeting: string | null;
  };
  attendees: readonly { name: string; initials?: string }[];
  items: readonly ReaderItem[];
  actions: readonly ReaderAction[];
  decisions: readonly { text: string }[];
  problems: readonly ReaderProblem[];
}

export interface ReaderItem {
  number: string;
  title: string;
  subItems?: readonly ReaderItem[];
}

export interface ReaderAction {
  text: string;
  owner: string | null;
  owners?: readonly { name: string; initials?: string }[];
  due?: string | null;
  marked: boolean;
  location?: ReaderLocation | null;
}

export interface ReaderLocation {
  paragraph: number;
  excerpt?: string;
  occurrence?: number;
  part?: string;
}

export interface ReaderProblem {
  rule: string;
  message: string;
  severity?: string;
  location?: ReaderLocation | null;
}

/** `hit` out of `of`; the figure is hit / of, and none when `of` is 0. */
export interface Count {
  hit: number;
  of: number;
}

/** Every scored field, in the order tables show them. `falseFindings` are counted apart (fewer is better). */
export const FIELDS = [
  'markedPrecision',
  'markedRecall',
  'explicitRecall',
  'allPrecision',
  'allRecall',
  'ownerAsWritten',
  'ownerResolved',
  'due',
  'attendeeRecall',
  'attendeePrecision',
  'header',
  'header.title',
  'header.date',
  'header.chair',
  'header.minuteTaker',
  'header.venue',
  'header.nextMeeting',
  'items.number',
  'items.title',
  'items.precision',
  'decisions.recall',
  'decisions.precision',
] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  markedPrecision: 'Marked actions: precision (predicted marked that are labelled explicit)',
  markedRecall: 'Marked actions: recall (explicit tasks found as marked)',
  explicitRecall: 'Explicit tasks found at all (marked or not)',
  allPrecision: 'All actions: precision',
  allRecall: 'All actions: recall (tasks)',
  ownerAsWritten: 'Owner as written (matched tasks)',
  ownerResolved: 'Owner resolved to the labelled attendee',
  due: 'Due as written (matched tasks)',
  attendeeRecall: 'Attendees: recall',
  attendeePrecision: 'Attendees: precision',
  header: 'Header fields (the six below)',
  'header.title': 'Header: title',
  'header.date': 'Header: date',
  'header.chair': 'Header: chair',
  'header.minuteTaker': 'Header: minute-taker',
  'header.venue': 'Header: venue',
  'header.nextMeeting': 'Header: next meeting',
  'items.number': 'Items: numbers found',
  'items.title': 'Items: titles found',
  'items.precision': 'Items: precision (by title)',
  'decisions.recall': 'Decisions: recall',
  'decisions.precision': 'Decisions: precision',
};

/** Findings counted as false when the labels contradict them (see scoreDocument). */
export const FALSE_FINDING_RULES = [
  'header-field-missing',
  'next-meeting-missing',
  'item-numbering',
  'attendee-initials-duplicate',
  'action-without-owner',
  'action-without-owner.ownedInLabels',
] as const;
export type FalseFindingRule = (typeof FALSE_FINDING_RULES)[number];

/**
 * The reference scorer's own action figures, counted per labelled action as it does (a `same_task_as` pair
 * counts twice there): kept so totals can be checked against `score-corpus` exactly.
 */
export interface ReferenceCounts {
  recallExplicit: Count;
  recallAll: Count;
  ownerAcc: Count;
  headerFalseMissing: number;
}

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type ScoredSeverity = (typeof SEVERITIES)[number];

export interface DocumentScore {
  fields: Record<Field, Count>;
  /** False findings the labels contradict, at every severity. */
  falseFindings: Record<FalseFindingRule, number>;
  /** The same at error severity only: a promise that something is wrong, so these should be none. */
  falseErrors: Record<FalseFindingRule, number>;
  /** Every finding the check gave, by severity (true or false): what a reviewer has to read. */
  findings: Record<ScoredSeverity, number>;
  reference: ReferenceCounts;
}

const HEADER_FIELDS = [
  { field: 'header.title', label: 'title', reader: 'title', word: 'title' },
  { field: 'header.date', label: 'date', reader: 'date', word: 'date' },
  { field: 'header.chair', label: 'chair', reader: 'chair', word: 'chair' },
  { field: 'header.minuteTaker', label: 'minute_taker', reader: 'minuteTaker', word: 'minute-taker' },
  { field: 'header.venue', label: 'venue', reader: 'venue', word: 'venue' },
  { field: 'header.nextMeeting', label: 'next_meeting', reader: 'nextMeeting', word: 'next meeting' },
] as const;

const count = (hit = 0, of = 0): Count => ({ hit, of });

function flatten(items: readonly ReaderItem[]): ReaderItem[] {
  return items.flatMap((item) => [item, ...flatten(item.subItems ?? [])]);
}

/** Groups of labelled actions that are one task (`same_task_as` joins them); each action in exactly one. */
export function taskGroups(actions: readonly LabelledAction[]): number[][] {
  const parent = actions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  actions.forEach((action, i) => {
    if (action.same_task_as === undefined) return;
    const exact = actions.findIndex((other, j) => j !== i && other.text === action.same_task_as);
    const twin =
      exact >= 0
        ? exact
        : actions.findIndex((other, j) => j !== i && norm(other.text) === norm(action.same_task_as));
    if (twin >= 0) parent[root(i)] = root(twin);
  });
  const groups = new Map<number, number[]>();
  actions.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()];
}

/** Due as written: both absent, or similar text ("by 30 June" ~ "30 June"). */
export function dueEq(pred: string | null | undefined, gold: string | null | undefined): boolean {
  if (gold == null || pred == null || pred.trim() === '') return gold == null && (pred ?? '').trim() === '';
  return similar(pred, gold);
}

/**
 * The labelled attendees an owner as written names: each part of a joint owner ("AB / CD", "Ann and Raj")
 * matched by name (word subset), by initials, or by role written the same way; within the action's meeting
 * when the file is a running log. Deduplicated by name.
 */
export function attendeesNamed(
  owner: string | null,
  attendees: readonly LabelledAttendee[],
  meeting?: string,
): LabelledAttendee[] {
  if (owner === null) return [];
  const pool =
    meeting !== undefined && attendees.some((a) => a.meeting === meeting)
      ? attendees.filter((a) => a.meeting === meeting)
      : attendees;
  const parts = owner
    .split(/\s*(?:\/|,|&|\+|\band\b)\s*/i)
    .map((p) => norm(p))
    .filter(Boolean);
  const named = new Map<string, LabelledAttendee>();
  for (const part of parts) {
    for (const attendee of pool) {
      const initials = [attendee.initials, attendee['initials_inferred']]
        .filter((s): s is string => typeof s === 'string')
        .map(norm);
      if (
        namesMatch(part, attendee.name) ||
        initials.includes(part) ||
        (attendee.role != null && norm(attendee.role) === part)
      ) {
        if (!named.has(norm(attendee.name))) named.set(norm(attendee.name), attendee);
      }
    }
  }
  return [...named.values()];
}

function resolvedIncludes(action: ReaderAction, attendee: LabelledAttendee): boolean {
  return (action.owners ?? []).some(
    (o) =>
      namesMatch(o.name, attendee.name) ||
      (attendee.initials != null &&
        o.initials !== undefined &&
        o.initials.trim() !== '' &&
        norm(o.initials) === norm(attendee.initials)),
  );
}

const sameLocation = (a: ReaderLocation, b: ReaderLocation) =>
  a.paragraph === b.paragraph &&
  (a.excerpt ?? '') === (b.excerpt ?? '') &&
  (a.occurrence ?? 0) === (b.occurrence ?? 0) &&
  (a.part ?? 'body') === (b.part ?? 'body');

const OTHER_RULES = (keep: string) => RULES.map((r) => r.id).filter((id) => id !== keep);

/** How many findings `rule` makes on the labelled truth itself, per meeting of a running log. */
function findingsOnLabels(
  rule: 'item-numbering' | 'attendee-initials-duplicate',
  items: readonly LabelledItem[],
  attendees: readonly LabelledAttendee[],
): number {
  const meetings = new Set<string>([
    ...items.map((i) => i.meeting ?? ''),
    ...attendees.map((a) => a.meeting ?? ''),
  ]);
  let total = 0;
  for (const meeting of meetings) {
    const minutes: Minutes = {
      meeting: emptyMeeting(),
      attendees: attendees
        .filter((a) => (a.meeting ?? '') === meeting)
        .map((a): Attendee => ({
          name: a.name,
          capacity: a.role ?? '',
          initials: a.initials ?? '',
          status: 'present',
        })),
      items: items
        .filter((i) => (i.meeting ?? '') === meeting && i.number !== null)
        .map((i): Item => ({ number: i.number!, title: i.title, confidential: false, subItems: [] })),
      actions: [],
      decisions: [],
    };
    total += checkMinutes(minutes, [], { disabledRules: OTHER_RULES(rule) }).length;
  }
  return total;
}

export function scoreDocument(labels: CorpusLabels, out: ReaderOutput): DocumentScore {
  const errorsOnly = { ...out, problems: out.problems.filter((p) => p.severity === 'error') };
  const findings = Object.fromEntries(
    SEVERITIES.map((s) => [s, out.problems.filter((p) => (p.severity ?? 'error') === s).length]),
  ) as Record<ScoredSeverity, number>;
  return {
    ...scoreAtEverySeverity(labels, out),
    falseErrors: scoreAtEverySeverity(labels, errorsOnly).falseFindings,
    findings,
  };
}

function scoreAtEverySeverity(
  labels: CorpusLabels,
  out: ReaderOutput,
): Omit<DocumentScore, 'falseErrors' | 'findings'> {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, count()])) as Record<Field, Count>;
  const falseFindings = Object.fromEntries(FALSE_FINDING_RULES.map((r) => [r, 0])) as Record<
    FalseFindingRule,
    number
  >;
  const reference: ReferenceCounts = {
    recallExplicit: count(),
    recallAll: count(),
    ownerAcc: count(),
    headerFalseMissing: 0,
  };

  // Actions.
  const gold = labels.actions;
  const preds = out.actions;
  const matchOf = greedyMatch(
    gold,
    preds,
    (g) => g.text,
    (p) => p.text,
  );
  const matchedPreds = new Map<number, number>(); // prediction → labelled action
  matchOf.forEach((p, g) => {
    if (p !== null) matchedPreds.set(p, g);
  });
  gold.forEach((g, i) => {
    const p = matchOf[i] ?? null;
    reference.recallAll.of += 1;
    if (g.explicit) reference.recallExplicit.of += 1;
    if (p === null) return;
    reference.recallAll.hit += 1;
    if (g.explicit) reference.recallExplicit.hit += 1;
    reference.ownerAcc.of += 1;
    if (ownerEq(preds[p]!.owner, g.owner)) reference.ownerAcc.hit += 1;
  });

  const groups = taskGroups(gold);
  const taskOf = new Map<number, number>();
  groups.forEach((members, t) => members.forEach((m) => taskOf.set(m, t)));
  const taskExplicit = groups.map((members) => members.some((m) => gold[m]!.explicit));
  groups.forEach((members, t) => {
    const matched = members
      .filter((m) => matchOf[m] != null)
      .map((m) => ({ g: gold[m]!, p: preds[matchOf[m]!]! }));
    fields.allRecall.of += 1;
    if (taskExplicit[t]) {
      fields.markedRecall.of += 1;
      fields.explicitRecall.of += 1;
    }
    if (matched.length === 0) return;
    fields.allRecall.hit += 1;
    if (taskExplicit[t]) {
      fields.explicitRecall.hit += 1;
      if (matched.some((m) => m.p.marked)) fields.markedRecall.hit += 1;
    }
    fields.ownerAsWritten.of += 1;
    if (matched.some((m) => ownerEq(m.p.owner, m.g.owner))) fields.ownerAsWritten.hit += 1;
    fields.due.of += 1;
    if (matched.some((m) => dueEq(m.p.due, m.g.due))) fields.due.hit += 1;
    const resolvable = matched
      .map((m) => ({ ...m, named: attendeesNamed(m.g.owner, labels.attendees, m.g.meeting) }))
      .filter((m) => m.named.length > 0);
    if (resolvable.length > 0) {
      fields.ownerResolved.of += 1;
      if (resolvable.some((m) => m.named.every((a) => resolvedIncludes(m.p, a))))
        fields.ownerResolved.hit += 1;
    }
  });
  preds.forEach((p, i) => {
    const g = matchedPreds.get(i);
    fields.allPrecision.of += 1;
    if (g !== undefined) fields.allPrecision.hit += 1;
    if (!p.marked) return;
    fields.markedPrecision.of += 1;
    if (g !== undefined && taskExplicit[taskOf.get(g)!]) fields.markedPrecision.hit += 1;
  });

  // Attendees: the reference's subset match; a name labelled in several meetings of a log counts each time.
  const found = out.attendees.map((a) => norm(a.name));
  const goldNames = labels.attendees.map((a) => norm(a.name)).filter(Boolean);
  const match = (x: string, y: string) => x !== '' && y !== '' && namesMatch(x, y);
  fields.attendeeRecall = count(
    goldNames.filter((g) => found.some((f) => match(g, f))).length,
    goldNames.length,
  );
  fields.attendeePrecision = count(
    found.filter((f) => goldNames.some((g) => match(f, g))).length,
    found.length,
  );

  // Header: the date against date_iso where the labels give one, the rest as written (similarity ≥ 0.6).
  const header = labels.header;
  const missing = out.problems.filter((p) => p.rule === 'header-field-missing');
  for (const { field, label, reader, word } of HEADER_FIELDS) {
    const want = header[label];
    if (!want) continue;
    const got = out.meeting[reader];
    const ok =
      label === 'date' && header.date_iso ? got === header.date_iso : !!got && similar(String(got), want);
    fields[field].of += 1;
    fields.header.of += 1;
    if (ok) {
      fields[field].hit += 1;
      fields.header.hit += 1;
    }
    const saidMissing = missing.filter((p) => p.message.toLowerCase().includes(word)).length;
    falseFindings['header-field-missing'] += saidMissing;
    reference.headerFalseMissing += saidMissing > 0 ? 1 : 0;
  }
  if (header.next_meeting) {
    falseFindings['next-meeting-missing'] += out.problems.filter(
      (p) => p.rule === 'next-meeting-missing',
    ).length;
  }

  // Items: numbers as the reference finds them (trailing dots dropped), titles matched one to one.
  const predItems = flatten(out.items);
  const numbers = new Set(predItems.map((i) => String(i.number)));
  const numbered = labels.items.filter((i) => i.number);
  fields['items.number'] = count(
    numbered.filter((i) => numbers.has(String(i.number).replace(/\.+$/, ''))).length,
    numbered.length,
  );
  const titleMatch = greedyMatch(
    labels.items,
    predItems,
    (g) => g.title,
    (p) => p.title,
  );
  const titlesFound = titleMatch.filter((m) => m !== null).length;
  fields['items.title'] = count(titlesFound, labels.items.length);
  fields['items.precision'] = count(titlesFound, predItems.length);

  // Decisions.
  const decisionMatch = greedyMatch(
    labels.decisions,
    out.decisions,
    (g) => g.text,
    (p) => p.text,
  );
  const decisionsFound = decisionMatch.filter((m) => m !== null).length;
  fields['decisions.recall'] = count(decisionsFound, labels.decisions.length);
  fields['decisions.precision'] = count(decisionsFound, out.decisions.length);

  // False findings the labels contradict. For numbering and initials, what the rule says on the labelled
  // items and attendees themselves is right; only findings beyond that count.
  const findings = (rule: string) => out.problems.filter((p) => p.rule === rule);
  falseFindings['item-numbering'] = Math.max(
    0,
    findings('item-numbering').length - findingsOnLabels('item-numbering', labels.items, []),
  );
  falseFindings['attendee-initials-duplicate'] = Math.max(
    0,
    findings('attendee-initials-duplicate').length -
      findingsOnLabels('attendee-initials-duplicate', [], labels.attendees),
  );
  for (const problem of findings('action-without-owner')) {
    const at = problem.location
      ? preds.findIndex((p) => p.location != null && sameLocation(p.location, problem.location!))
      : -1;
    const g = at >= 0 ? matchedPreds.get(at) : undefined;
    if (g === undefined) falseFindings['action-without-owner'] += 1;
    else if (groups[taskOf.get(g)!]!.some((m) => gold[m]!.owner !== null))
      falseFindings['action-without-owner.ownedInLabels'] += 1;
  }

  return { fields, falseFindings, reference };
}

/** Adds document scores into one (counts add; figures are then computed over the whole corpus). */
export function sumScores(scores: readonly DocumentScore[]): DocumentScore {
  const add = (a: Count, b: Count): Count => ({ hit: a.hit + b.hit, of: a.of + b.of });
  const none = () =>
    Object.fromEntries(FALSE_FINDING_RULES.map((r) => [r, 0])) as Record<FalseFindingRule, number>;
  const addRules = (a: Record<FalseFindingRule, number>, b: Record<FalseFindingRule, number>) =>
    Object.fromEntries(FALSE_FINDING_RULES.map((r) => [r, a[r] + b[r]])) as Record<FalseFindingRule, number>;
  const zero: DocumentScore = {
    fields: Object.fromEntries(FIELDS.map((f) => [f, count()])) as Record<Field, Count>,
    falseFindings: none(),
    falseErrors: none(),
    findings: { error: 0, warning: 0, info: 0 },
    reference: { recallExplicit: count(), recallAll: count(), ownerAcc: count(), headerFalseMissing: 0 },
  };
  return scores.reduce<DocumentScore>(
    (sum, s) => ({
      fields: Object.fromEntries(FIELDS.map((f) => [f, add(sum.fields[f], s.fields[f])])) as Record<
        Field,
        Count
      >,
      falseFindings: addRules(sum.falseFindings, s.falseFindings),
      falseErrors: addRules(sum.falseErrors, s.falseErrors),
      findings: {
        error: sum.findings.error + s.findings.error,
        warning: sum.findings.warning + s.findings.warning,
        info: sum.findings.info + s.findings.info,
      },
      reference: {
        recallExplicit: add(sum.reference.recallExplicit, s.reference.recallExplicit),
        recallAll: add(sum.reference.recallAll, s.reference.recallAll),
        ownerAcc: add(sum.reference.ownerAcc, s.reference.ownerAcc),
        headerFalseMissing: sum.reference.headerFalseMissing + s.reference.headerFalseMissing,
      },
    }),
    zero,
  );
}

/** hit / of, or null when there was nothing to score. */
export const ratio = (c: Count): number | null => (c.of === 0 ? null : c.hit / c.of);

/** One document's figures as plain numbers (ratios 0–1 and false-finding counts): what floors.json holds. */
export function figuresOf(score: DocumentScore): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) {
    const r = ratio(score.fields[f]);
    if (r !== null) out[f] = r;
  }
  for (const rule of FALSE_FINDING_RULES) out[`falseFindings.${rule}`] = score.falseFindings[rule];
  for (const rule of FALSE_FINDING_RULES) out[`falseErrors.${rule}`] = score.falseErrors[rule];
  return out;
}
