import { describeModelReview } from '../support/model/review-suite';
import { SEED_MODEL } from './seed-expectations';

describeModelReview('the model document (assurance meeting, August 2022)', SEED_MODEL);
