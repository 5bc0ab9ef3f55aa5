import { OWN_MODEL } from '../../fixtures/model/expectations';
import { describeModelReading } from '../../support/model/reading-suite';

describeModelReading('the project’s own model meeting', OWN_MODEL);
