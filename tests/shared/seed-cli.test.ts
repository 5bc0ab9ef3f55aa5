import { describeBuiltCheck, describeModelCli } from '../support/model/cli-suites';
import { SEED_MODEL } from './seed-expectations';

describeModelCli('the model document', SEED_MODEL);
describeBuiltCheck('the model document', SEED_MODEL);
