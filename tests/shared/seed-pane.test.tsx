import { describeModelPane } from '../support/model/pane-suite';
import { SEED_MODEL } from './seed-expectations';

describeModelPane('the model document', SEED_MODEL);
