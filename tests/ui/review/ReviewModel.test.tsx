import { OWN_MODEL } from '../../fixtures/model/expectations';
import { describeModelPane } from '../../support/model/pane-suite';

describeModelPane('the project’s own model meeting', OWN_MODEL);
