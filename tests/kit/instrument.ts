/**
 * Counts what a scenario's operation costs where it really runs: every `context.sync()` call (wrapped on the
 * Office.js client's request context, which every Word.run context inherits) and every Common-API callback
 * (the custom XML part and document-event methods the add-in uses, wrapped on `Office.context.document`).
 * The wrapping is undone by `restore()`; nothing else is changed.
 */
export interface Counts {
  syncs: number;
  callbacks: number;
  /**
   * Off once the operation has returned: Word.run calls `sync()` once more itself when its function is done
   * (a sync with nothing queued, which sends nothing), and that one is not the operation's.
   */
  counting: boolean;
  restore(): void;
}

type AnyFn = (...args: unknown[]) => unknown;
type Patched = { target: Record<string, unknown>; name: string; original: unknown };

const PART_METHODS = ['getXmlAsync', 'deleteAsync'];
const PARTS_METHODS = ['addAsync', 'getByNamespaceAsync'];
const DOCUMENT_METHODS = ['addHandlerAsync', 'removeHandlerAsync'];

export function instrument(): Counts {
  const patched: Patched[] = [];
  const counts: Counts = {
    syncs: 0,
    callbacks: 0,
    counting: true,
    restore: () => {
      for (const p of patched.reverse()) p.target[p.name] = p.original;
      patched.length = 0;
    },
  };
  const wrap = (target: Record<string, unknown> | undefined, name: string, make: (f: AnyFn) => AnyFn) => {
    const original = target?.[name];
    if (!target || typeof original !== 'function') return;
    patched.push({ target, name, original });
    target[name] = make(original as AnyFn);
  };

  const g = globalThis as unknown as {
    OfficeExtension?: { ClientRequestContext?: { prototype: Record<string, unknown> } };
    Office?: {
      context?: { document?: Record<string, unknown> & { customXmlParts?: Record<string, unknown> } };
    };
  };
  wrap(
    g.OfficeExtension?.ClientRequestContext?.prototype,
    'sync',
    (sync) =>
      function (this: unknown, ...args: unknown[]) {
        if (counts.counting) counts.syncs += 1;
        return sync.apply(this, args);
      },
  );

  /** A part handed out by a callback gets its own methods counted too. */
  const seen = new WeakSet<object>();
  const countPart = (part: unknown) => {
    if (typeof part !== 'object' || part === null || seen.has(part)) return;
    seen.add(part);
    for (const name of PART_METHODS) wrap(part as Record<string, unknown>, name, counted);
  };
  function counted(method: AnyFn): AnyFn {
    return function (this: unknown, ...args: unknown[]) {
      let at = args.length - 1;
      while (at >= 0 && typeof args[at] !== 'function') at -= 1;
      if (at >= 0) {
        const callback = args[at] as AnyFn;
        args[at] = (result: { value?: unknown }) => {
          if (counts.counting) counts.callbacks += 1;
          const value = result?.value;
          if (Array.isArray(value)) value.forEach(countPart);
          else countPart(value);
          return callback(result);
        };
      }
      return method.apply(this, args);
    };
  }
  const document = g.Office?.context?.document;
  for (const name of PARTS_METHODS) wrap(document?.customXmlParts, name, counted);
  for (const name of DOCUMENT_METHODS) wrap(document, name, counted);
  return counts;
}
