import { describeModelReading } from '../support/model/reading-suite';
import { SEED_MODEL } from './seed-expectations';

describeModelReading('the model document (assurance meeting, August 2022)', SEED_MODEL);
