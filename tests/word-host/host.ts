import type { FakeDocumentModel } from '../fakes/word/model';
import type { ActionInfo, RequestBody, RequestExecutor, ResponseBody, ResponseMessage } from './client';
import { HostError } from './errors';
import {
  callMethod,
  checkUsable,
  collectionItems,
  isCollection,
  navigation,
  queryValue,
  setProperty,
  type HostOptions,
  type Node,
  type WorldState,
} from './objects';

/** Which sync fails, and at which action (by Word's name for it, "Paragraph.insertOoxml"; default: the last). */
export interface SyncFailure {
  sync: number;
  command?: string;
  code?: string;
}

export interface WordHostOptions extends HostOptions {
  failSync?: SyncFailure;
  /**
   * Whether a failed request still answers the actions that ran before the failing one. Word's answer is not
   * documented; the client would use such results (it reads `Results` before the error). The host gives none
   * by default, so the add-in must not depend on them: a question for the in-Word kit.
   */
  resultsOnError?: boolean;
}

/** One request the client sent, as the web pays for it. */
export interface RequestRecord {
  /** `sync`: one `context.sync()` with something queued; `cleanup`: Word.run releasing its references at the end. */
  kind: 'sync' | 'cleanup';
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** Most items one collection load of this request handed out (the read's chunk size shows here). */
  itemsLoaded: number;
  error: string | null;
}

const HTTP_STATUS: Record<string, number> = {
  InvalidArgument: 400,
  ItemNotFound: 404,
  AccessDenied: 403,
  NotAllowed: 403,
  GeneralException: 500,
};

const lcfirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The simulated Word host: it receives the real client's request messages and answers them as Word does over
 * the in-memory document. Objects the client asks to keep (`_KeepReference`, which the client queues for every
 * object it makes) come back with a `_ReferenceId`, as do the items of a loaded collection when the request says
 * `AutoKeepReference`; later requests name them by that id (ObjectPathType 6) until `_RemoveReference`. That
 * Word gives collection items reference ids is read from the client (it turns them into reference paths), not
 * documented.
 */
export class WordHost implements RequestExecutor {
  readonly requests: RequestRecord[] = [];
  private readonly refs = new Map<string, Node>();
  private nextRef = 1;

  constructor(
    readonly model: FakeDocumentModel,
    readonly options: WordHostOptions = {},
  ) {}

  /**
   * Round trips the person waits for: requests of `context.sync()`. A sync with nothing queued sends nothing,
   * except a context's first, which instantiates the document object (the client's own behaviour).
   */
  get syncs(): number {
    return this.requests.filter((r) => r.kind === 'sync').length;
  }

  /** References the host still keeps (released by the cleanup request at the end of each Word.run). */
  get liveReferences(): number {
    return this.refs.size;
  }

  async executeAsync(
    _customData: unknown,
    _flags: number,
    message: { Body: RequestBody },
  ): Promise<ResponseMessage> {
    const requestText = JSON.stringify(message.Body);
    const body = JSON.parse(requestText) as RequestBody;
    await Promise.resolve();
    const cleanup =
      body.Actions.some((a) => a.ActionType === 3 && a.Name === '_RemoveReference') &&
      body.Actions.every((a) => a.ActionType === 1 || (a.ActionType === 3 && a.Name === '_RemoveReference'));
    const world: WorldState = { model: this.model, options: this.options, itemsLoaded: 0 };
    const failure =
      !cleanup && this.options.failSync?.sync === this.syncs + 1 ? this.options.failSync : undefined;
    const response = this.process(body, world, failure);
    const responseText = JSON.stringify(response);
    this.requests.push({
      kind: cleanup ? 'cleanup' : 'sync',
      requestBytes: utf8(requestText),
      responseBytes: utf8(responseText),
      actions: body.Actions.length,
      itemsLoaded: world.itemsLoaded,
      error: response.Error?.Code ?? null,
    });
    return {
      HttpStatusCode: 200,
      ErrorCode: null,
      ErrorMessage: null,
      Headers: {},
      Body: JSON.parse(responseText) as ResponseBody,
    };
  }

  private process(body: RequestBody, w: WorldState, failure: SyncFailure | undefined): ResponseBody {
    const memo = new Map<number, Node | null>();
    const keep = new Set(
      body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map(
        (a) => a.ObjectPathId,
      ),
    );
    const results: ResponseBody['Results'] = [];

    const resolve = (id: number): Node | null => {
      if (memo.has(id)) return memo.get(id)!;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new HostError('InvalidObjectPath', `No object path ${id} in the request.`);
      let node: Node | null;
      const parent = () => resolve(info.ParentObjectPathId ?? -1);
      switch (info.ObjectPathType) {
        case 1:
          node = { kind: 'Document' };
          break;
        case 2:
          if (info.Name !== 'Microsoft.WordServices.SearchOptions')
            throw new HostError('NotImplemented', `New ${info.Name} objects are not simulated.`);
          node = { kind: 'SearchOptions', options: {} };
          break;
        case 3: {
          const from = parent();
          if (from === null) {
            if (info.Name.endsWith('OrNullObject')) node = null;
            else throw new HostError('ItemNotFound', `${info.Name} on an object that does not exist.`);
            break;
          }
          const args = (info.ArgumentInfo?.Arguments ?? []).map((arg, i) => {
            const pathId = info.ArgumentInfo?.ReferencedObjectPathIds?.[i];
            return typeof pathId === 'number' && pathId > 0 ? resolve(pathId) : arg;
          });
          if (info.Name === 'GetItemAt') {
            const item = collectionItems(w, from)[Number(args[0])];
            if (!item) throw new HostError('ItemNotFound', `No item ${String(args[0])}.`);
            node = item;
          } else {
            const made = callMethod(w, from, info.Name, args);
            node =
              made === null || (typeof made === 'object' && 'kind' in made)
                ? (made as Node | null)
                : { kind: 'Other', name: info.Name };
          }
          break;
        }
        case 4: {
          const from = parent();
          if (from === null) {
            node = null;
            break;
          }
          const found = navigation(w, from, info.Name);
          if (found === undefined)
            throw new HostError('NotImplemented', `${from.kind}.${info.Name} is not simulated.`);
          node = found;
          break;
        }
        case 5: {
          const from = parent();
          const key = info.ArgumentInfo?.Arguments?.[0];
          const item =
            from === null
              ? undefined
              : collectionItems(w, from).find((n) => n.kind === 'ContentControl' && n.c.id === key);
          if (!item) throw new HostError('ItemNotFound', `No item ${String(key)}.`);
          node = item;
          break;
        }
        case 6: {
          const found = this.refs.get(info.Name);
          if (!found) throw new HostError('InvalidObjectPath', `Reference ${info.Name} is not kept.`);
          node = found;
          break;
        }
        case 7:
          node = null;
          break;
        default:
          throw new HostError('NotImplemented', `Object path type ${info.ObjectPathType}.`);
      }
      memo.set(id, node);
      return node;
    };

    const reference = (n: Node): Record<string, unknown> => {
      const id = `{mb-ref:${this.nextRef++}}`;
      this.refs.set(id, n);
      return { _ReferenceId: id };
    };
    const kindOf = (pathId: number | undefined): string => {
      if (pathId === undefined) return '';
      const known = memo.get(pathId);
      return known ? known.kind : '';
    };
    const commandName = (a: ActionInfo): string => {
      const path = body.ObjectPaths[String(a.ObjectPathId)];
      switch (a.ActionType) {
        case 1:
          return path && path.ObjectPathType === 3
            ? `${kindOf(path.ParentObjectPathId)}.${lcfirst(path.Name)}`
            : '';
        case 2:
          return `${kindOf(a.ObjectPathId)}.load`;
        default:
          return `${kindOf(a.ObjectPathId)}.${lcfirst(a.Name)}`;
      }
    };

    const failAt = failure ? (failure.command ? -1 : body.Actions.length - 1) : -2;
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index]!;
      // For a named failure, find the action's name once its object is known (instantiations come first).
      const name = () => {
        try {
          if (action.ActionType !== 1) resolve(action.ObjectPathId);
          else {
            const path = body.ObjectPaths[String(action.ObjectPathId)];
            if (path?.ParentObjectPathId !== undefined) resolve(path.ParentObjectPathId);
          }
        } catch {
          /* the action itself will report it */
        }
        return commandName(action);
      };
      try {
        if (index === failAt || (failure?.command !== undefined && name() === failure.command)) {
          throw new HostError(
            failure!.code ?? 'GeneralException',
            'The simulated host was told to fail here.',
          );
        }
        const value = this.run(action, resolve, keep, reference, body.AutoKeepReference === true, w);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        return {
          Results: this.options.resultsOnError ? results : [],
          Error: {
            Code: error.code,
            Message: error.message,
            Location: commandName(action),
            ActionIndex: index,
            HttpStatusCode: HTTP_STATUS[error.code] ?? 500,
          },
        };
      }
    }
    if (failure?.command !== undefined) {
      const names = body.Actions.map(commandName).filter(Boolean).join(', ');
      throw new Error(
        `host: sync ${failure.sync} has no action ${failure.command} to fail (it has: ${names})`,
      );
    }
    return { Results: results };
  }

  private run(
    action: ActionInfo,
    resolve: (id: number) => Node | null,
    keep: Set<number>,
    reference: (n: Node) => Record<string, unknown>,
    autoKeep: boolean,
    w: WorldState,
  ): unknown {
    const args = action.ArgumentInfo?.Arguments ?? [];
    switch (action.ActionType) {
      case 1: {
        const node = resolve(action.ObjectPathId);
        if (node === null) return null;
        if (node.kind === 'Document' || !keep.has(action.ObjectPathId)) return {};
        return reference(node);
      }
      case 2: {
        const node = resolve(action.ObjectPathId);
        if (node === null) return null;
        checkUsable(node);
        const select = action.QueryInfo?.Select;
        const own = keep.has(action.ObjectPathId) ? reference(node) : {};
        if (!isCollection(node)) return queryValue(w, node, select, () => own);
        const skip = action.QueryInfo?.Skip ?? 0;
        const top = action.QueryInfo?.Top;
        const items = collectionItems(w, node).slice(skip, top === undefined ? undefined : skip + top);
        w.itemsLoaded = Math.max(w.itemsLoaded, items.length);
        return {
          ...own,
          _Items: items.map((item) => queryValue(w, item, select, (n) => (autoKeep ? reference(n) : {}))),
        };
      }
      case 3: {
        if (action.Name === '_KeepReference') return null;
        if (action.Name === '_RemoveReference') {
          this.refs.delete(String(args[0]));
          return null;
        }
        const node = resolve(action.ObjectPathId);
        if (node === null)
          throw new HostError('ItemNotFound', `${action.Name} on an object that does not exist.`);
        // An object argument (compareLocationWith's range) comes as a referenced object path, as in paths.
        const resolved = args.map((arg, i) => {
          const pathId = action.ArgumentInfo?.ReferencedObjectPathIds?.[i];
          return typeof pathId === 'number' && pathId > 0 ? resolve(pathId) : arg;
        });
        const value = callMethod(w, node, action.Name, resolved);
        return value === undefined || (typeof value === 'object' && value !== null && 'kind' in value)
          ? null
          : value;
      }
      case 4: {
        const node = resolve(action.ObjectPathId);
        if (node === null)
          throw new HostError('ItemNotFound', `Setting ${action.Name} on an object that does not exist.`);
        checkUsable(node);
        setProperty(w, node, action.Name, args[0]);
        return undefined;
      }
      default:
        throw new HostError('NotImplemented', `Action type ${action.ActionType}.`);
    }
  }
}
