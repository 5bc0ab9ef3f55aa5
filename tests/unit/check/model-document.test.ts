import { OWN_MODEL } from '../../fixtures/model/expectations';
import { describeModelReview } from '../../support/model/review-suite';

describeModelReview('the project’s own model meeting', OWN_MODEL);
