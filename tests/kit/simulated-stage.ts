import { storedMeetingNamespace } from '../../src/word/stored-meeting';
import { buildDocument, viewOf } from '../fakes/word';
import { installWordHost, type InstalledHost } from '../word-host/office';
import { planDocument } from './plan';
import type { KitStage } from './stage';

/**
 * The kit's stage over the simulated Word host, for the kit's own tests: the runner, the counting and the
 * comparison are the ones the pane uses in Word; only the document underneath differs. Set-ups the real stage
 * cannot build are refused here too (through the same plan).
 */
export function simulatedStage(
  options: { notBlank?: string } = {},
): KitStage & { current(): InstalledHost | null } {
  let installed: InstalledHost | null = null;
  const need = () => {
    if (!installed) throw new Error('simulated stage: nothing prepared');
    return installed;
  };
  return {
    current: () => installed,
    notBlank: async () => options.notBlank ?? null,
    prepare: async (spec, hostOptions) => {
      const plan = planDocument(spec);
      installed = installWordHost(buildDocument(spec), hostOptions ?? {});
      const ids = [plan.body, plan.header, plan.footer].flatMap((s) => s.controls.map((c) => c.specId));
      return { controlIds: new Map(ids.map((id) => [id, id])), notes: plan.notes };
    },
    read: async () => {
      const host = need();
      const model = host.model;
      const index = (p: unknown) => model.body.paragraphs.indexOf(p as never);
      const s = model.selection;
      return {
        view: viewOf(model),
        selection:
          s && s.story === model.body
            ? {
                first: { index: index(s.first), text: s.first.text },
                last: { index: index(s.last), text: s.last.text },
                edge: s.edge,
              }
            : null,
        parts: host.parts.filter((p) => p.xml.includes(storedMeetingNamespace())),
      };
    },
    reset: async () => {
      installed?.uninstall();
      installed = null;
    },
  };
}
