// The questions a reviewer asks of every PR/FAQ, by audience (shared/domain.md: the External FAQ
// answers customers, the Internal FAQ the company). Each topic lists other ways of asking it:
// a document question that asks any of them (by the duplicate-question rule's gist) covers it.

export type FaqAudience = 'external' | 'internal';

export interface FaqTopic {
  id: string;
  audience: FaqAudience;
  /** The question as inserted. */
  question: string;
  /** Why a reviewer asks it (the completion item's documentation). */
  why: string;
  /**
   * Other ways of asking: a question (ending in "?") that the duplicate-question rule would call
   * the same, or a phrase whose content words a document question uses all of ("data privacy").
   */
  asks: string[];
}

export const FAQ_TOPICS: readonly FaqTopic[] = [
  // External: what a customer asks.
  { id: 'price', audience: 'external', question: 'How much does it cost?', why: 'Customers decide on price first; an FAQ without it leaves the reader guessing whether the product is for them.', asks: ['What is the price?', 'Is it free?', 'cost', 'free', 'subscription', 'pay'] },
  { id: 'availability', audience: 'external', question: 'When and where will it be available?', why: 'A launch without a date and a place is not yet a plan; readers ask when they can have it.', asks: ['When can I get it?', 'When does it launch?', 'available', 'availability', 'launch date', 'release date', 'where can I buy', 'which countries'] },
  { id: 'get-started', audience: 'external', question: 'How do I get started?', why: 'The reader wants to see how easy the first step is; a hard start loses customers the press release won.', asks: ['start', 'sign up', 'install', 'set up', 'setup', 'onboard'] },
  { id: 'data', audience: 'external', question: 'What happens to my data?', why: 'Customers trust a product with their data only when the FAQ says where it goes, who sees it and how to delete it.', asks: ['data', 'privacy', 'private', 'secure', 'security'] },
  { id: 'how-it-works', audience: 'external', question: 'How does it work?', why: 'The press release says what it does; the FAQ shows the experience step by step.', asks: ['How does it work?', 'What does it do?'] },
  { id: 'requirements', audience: 'external', question: 'What do I need to use it?', why: 'Edge cases and compatibility (devices, accounts, other products) are what customers hit first.', asks: ['What do I need?', 'requirement', 'compatible', 'work with'] },
  { id: 'support', audience: 'external', question: 'How do I get help if something goes wrong?', why: 'Support is part of the experience: customers ask who helps them and how fast.', asks: ['How do I get help?', 'Where can I get support?', 'customer support', 'support team', 'contact'] },
  { id: 'cancel', audience: 'external', question: 'Can I cancel or get a refund?', why: 'Customers weigh the way out before they sign up.', asks: ['cancel', 'refund', 'unsubscribe', 'stop using'] },
  { id: 'alternatives', audience: 'external', question: 'How is this different from what I use today?', why: 'Customers compare with what they already have; the FAQ must say why switching is worth it.', asks: ['different', 'difference', 'compare', 'alternative'] },
  // Internal: what the company asks.
  { id: 'why-now', audience: 'internal', question: 'Why now?', why: 'Reviewers ask what changed (technology, market, customers) that makes this the right time, and what waiting would cost.', asks: ['Why is now the right time?', 'why now', 'right time'] },
  { id: 'cost', audience: 'internal', question: 'What will it cost us to build and run, and how many people does it need?', why: 'The upfront investment and headcount are what leadership approves; without them the decision cannot be made.', asks: ['cost', 'headcount', 'how many people', 'how many engineers', 'team size', 'investment', 'budget'] },
  { id: 'risks', audience: 'internal', question: 'What are the top risks, and what could make this fail?', why: 'Naming the risks, and what the team will do about each, is what makes the plan credible.', asks: ['risk', 'fail', 'go wrong'] },
  { id: 'dependencies', audience: 'internal', question: 'What do we depend on (other teams, partners, vendors)?', why: 'A dependency the plan does not own is a date the team cannot promise.', asks: ['depend', 'dependency', 'dependencies', 'partner', 'third party', 'vendor'] },
  { id: 'not-doing', audience: 'internal', question: 'What are we not doing?', why: 'Saying what is out of scope keeps the plan small enough to ship and stops the review arguing about it.', asks: ['out of scope', 'scope', 'non-goal', 'not doing', 'not build'] },
  { id: 'success', audience: 'internal', question: 'How will we measure success?', why: 'A goal without a metric, a baseline, a target and a date cannot be reviewed later.', asks: ['success', 'metric', 'measure', 'KPI', 'goal'] },
  { id: 'today', audience: 'internal', question: 'What do customers do today without it?', why: 'The current workaround is the real competitor; it shows how big the pain is.', asks: ['How do customers solve this today?', 'What do customers use today?', 'customers today', 'workaround'] },
  { id: 'customers', audience: 'internal', question: 'Who exactly is the customer, and how many of them are there?', why: 'The size of the opportunity decides whether it is worth building; "everyone" is not a market.', asks: ['How many customers are there?', 'market size', 'addressable market', 'who is the customer'] },
  { id: 'economics', audience: 'internal', question: 'How will it make money?', why: 'Reviewers test the economics: price, margin, and when the investment pays back.', asks: ['revenue', 'money', 'margin', 'profit', 'economics', 'business model', 'pay back'] },
  { id: 'evidence', audience: 'internal', question: 'How do we know customers need this?', why: 'Reviewers want evidence (research, data, customer conversations), not the team\'s belief.', asks: ['How do we know customers want this?', 'evidence', 'research', 'validate'] },
  { id: 'hard-problems', audience: 'internal', question: 'What are the hardest engineering and design problems?', why: 'Reviewers ask where the unknowns are and how the team will retire them.', asks: ['hard', 'hardest', 'challenge', 'difficult', 'technical risk'] },
  { id: 'why-not', audience: 'internal', question: 'Why should we not do this?', why: 'The strongest argument against, answered, is what convinces a skeptical reader.', asks: ['Why not do this?', 'reasons not to', 'argument against'] },
];
