import { OWN_MODEL } from '../fixtures/model/expectations';
import { describeModelCli } from '../support/model/cli-suites';

describeModelCli('the project’s own model meeting', OWN_MODEL);
