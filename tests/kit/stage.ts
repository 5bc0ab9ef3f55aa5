import type { DocumentSpec, DocumentView } from '../fakes/word';
import type { XmlPart } from '../word-host/office';
import type { WordScenario } from '../word/scenario';

/**
 * Where the kit runs a scenario: real Word through Office.js (word-stage.ts), or the simulated host in the kit's
 * own tests (simulated-stage.ts). The runner (run.ts) is the same for both.
 */
export interface KitStage {
  /** Why the open document must not be used (it is not blank), or null. Checked once, before any scenario. */
  notBlank(): Promise<string | null>;
  /**
   * Builds the scenario's set-up in the (blank) document; a spec it cannot build throws CannotBuild. The
   * scenario's host options are for the simulated host only: real Word has its own behaviour.
   */
  prepare(spec: DocumentSpec, host?: WordScenario['host']): Promise<Prepared>;
  /** The document afterwards, in the scenario's view shape, with the selection and the kit's XML parts. */
  read(): Promise<StageView>;
  /** Back to blank: everything the kit wrote is removed (the document was blank before the run). */
  reset(): Promise<void>;
}

export interface Prepared {
  /** Set-up control id (ControlSpec.id) against the id the document gave it. */
  controlIds: Map<number, number>;
  /** What the built document does not quite match in the spec (said in the results). */
  notes: string[];
}

export interface StageView {
  view: DocumentView;
  /** The selection: its first and last paragraph (body index and text), and where in them it sits. */
  selection: {
    first: { index: number; text: string };
    last: { index: number; text: string };
    edge: 'Whole' | 'Start' | 'End';
  } | null;
  /** Custom XML parts under the kit's namespace (the scenarios' stored meetings). */
  parts: XmlPart[];
  /** Why the selection could not be read, when it could not (said in the results). */
  selectionError?: string;
}

/** A set-up this stage cannot make (said in the results as "not run", with the reason). */
export class CannotBuild extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CannotBuild';
  }
}
