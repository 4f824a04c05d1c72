import type { Rule } from '../../engine/rule';
import { missingCallToAction } from './missing-call-to-action';
import { missingCustomer } from './missing-customer';
import { missingCustomerQuote } from './missing-customer-quote';
import { missingDateline } from './missing-dateline';
import { missingExternalFaq } from './missing-external-faq';
import { missingFaq } from './missing-faq';
import { missingHeadline } from './missing-headline';
import { missingInternalFaq } from './missing-internal-faq';
import { missingLeaderQuote } from './missing-leader-quote';
import { missingProblem } from './missing-problem';
import { missingSolution } from './missing-solution';
import { missingSubheading } from './missing-subheading';
import { pressReleaseTooLong } from './press-release-too-long';
import { weakCustomerQuote } from './weak-customer-quote';

export const prfaqRules: Rule[] = [
  missingHeadline,
  missingSubheading,
  missingDateline,
  missingCustomer,
  missingProblem,
  missingSolution,
  missingLeaderQuote,
  missingCustomerQuote,
  weakCustomerQuote,
  missingCallToAction,
  pressReleaseTooLong,
  missingFaq,
  missingExternalFaq,
  missingInternalFaq,
];
