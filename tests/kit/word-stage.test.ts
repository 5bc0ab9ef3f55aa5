import { setStoredMeetingNamespace } from '../../src/word/stored-meeting';
import { buildDocument, viewOf } from '../fakes/word';
import { installWordHost } from '../word-host/office';
import { SCENARIO_GROUPS } from '../word/scenarios/groups';
import { KIT_NAMESPACE } from './kit-namespace';
import { planDocument } from './plan';
import { CannotBuild } from './stage';
import { wordStage } from './word-stage';

const buildable = Object.entries(SCENARIO_GROUPS)
  .flatMap(([operation, list]) => list.map((s) => [`${operation} / ${s.name}`, s] as const))
  .filter(([, s]) => {
    try {
      planDocument(s.setUp);
      return true;
    } catch (e) {
      if (e instanceof CannotBuild) return false;
      throw e;
    }
  })
  .filter(([, s]) => s.setUp.body.length <= 1000);

beforeAll(() => setStoredMeetingNamespace(KIT_NAMESPACE));
afterAll(() => setStoredMeetingNamespace());

/**
 * The kit's read-back in Word (word-stage.ts) over the simulated host: for every set-up the kit can build, it
 * reads the same view as the host's own model gives. (Building the set-up needs Office.js the host does not
 * model; that part runs only in Word.)
 */
describe("the kit's read-back through Office.js", () => {
  test.each(buildable)('%s: reads the view the host holds', async (_name, s) => {
    const model = buildDocument(s.setUp);
    const host = installWordHost(model);
    try {
      const read = await wordStage(KIT_NAMESPACE).read();
      expect(read.view).toEqual(viewOf(model));
    } finally {
      host.uninstall();
    }
  });
});
