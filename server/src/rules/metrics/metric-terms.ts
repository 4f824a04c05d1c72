// Output metrics (results the team can't move directly) and input metrics (levers it
// controls), as a reviewer reads them in a goals section. Inputs are read generously:
// one input anywhere in a section is enough for it to pass.

/** Output metrics: financial results that lag the work (named alone, they are metrics). */
const FINANCIAL_OUTPUTS = [
  'revenues?', 'sales', 'top[- ]line', 'bottom[- ]line', 'profits?', 'profitability', 'profitable', '(?:operating|net) income', 'income', 'ebitda', 'ebit', 'earnings', 'eps',
  'share price', 'stock price', 'price per share', 'market cap(?:italization)?', 'shareholder value', '(?:free )?cash flows?', 'fcf',
  'market share', 'share of (?:the |our )?(?:[\\w-]+ ){0,3}market', 'share of wallet', 'gmv', 'gross merchandise (?:value|sales|volume)', 'bookings', 'arr', 'mrr', 'acv', 'tcv',
  'annual recurring revenue', 'monthly recurring revenue', 'margins?', 'roi', 'roic', 'irr', 'npv', 'return on (?:investment|invested capital|capital|equity|assets)',
  'payback', 'ltv', 'lifetime value', 'valuation', 'p&l', 'units sold', 'unit sales', 'break[- ]?even', '(?:ebitda|cash[- ]flow|profit)[- ]positive',
];
/** Outputs that are metrics only with a figure: "grow to 60,000 paying subscribers", not "earn customers' trust". */
const COUNT_OUTPUTS = [
  'growth', 'grow', 'dollars?', 'millions?', 'billions?', '(?:paying|paid) \\w+', 'customers', 'subscribers', 'subscriptions', 'memberships',
  'sign-?ups', 'downloads', 'installs', 'mau', 'dau', 'wau', 'active users', 'users', 'accounts',
  'advertisers', 'buyers', 'shoppers', 'members', 'clients', 'households', 'players', 'viewers', 'readers', 'visitors', 'policyholders', 'retention', 'churn', 'renewals?', 'nps', 'net promoter',
  'csat', 'customer satisfaction', 'conversion', 'win rate', 'attach rate', 'wallet share', 'pipeline', 'deals?', 'contracts? signed', 'order volume', 'orders',
];

/** Input metrics: what the team controls (selection, price, speed, quality, cost, things shipped). */
const INPUT_PATTERNS = [
  'selection', 'assortment', 'catalog(?:ue)?', 'skus?', 'titles', 'listings', 'in[- ]stock', 'availability', 'uptime', 'prices?', 'pricing', 'discounts?',
  'deliver(?:y|ies|ed)?', 'shipping', 'ship(?:s|ped)?', 'fulfil(?:l)?ment', 'lead time', 'cycle time', 'turnaround', 'latency', 'p\\d{2}', '\\d+ ?ms', 'milliseconds',
  'response time', 'first response', 'time to (?:first|resolve|resolution|value|onboard|set ?up|install|answer|publish|list|approve|hire)', 'resolution time',
  'time (?:from|between|it takes|taken)', '(?:\\w+ion|\\w+ing|pickup|setup|checkout|dock-to-stock|wait|ramp|travel|transit) times?', 'how (?:long|fast|quickly)', 'wait(?:ing)? time', 'hold time', 'handle time', '(?:page )?load time', 'page speed', 'speed', 'faster', 'slower', 'quicker', 'median', 'p50',
  'error rate', 'errors', 'defects?', 'bugs?', 'crash(?:es|-free)?', 'outages?', 'incidents?', 'accuracy', 'accurate', 'on[- ]time', 'coverage',
  'quality', 'reliab(?:le|ility)', 'slas?', 'slos?', 'contacts? per', 'contact rate', 'tickets?', 'backlog', 'returns? rate', 'return rate', 'damage',
  'costs?', 'cost per', 'cost to serve', 'spend', 'headcount', 'hires?', 'hiring', 'staff(?:ing)?', 'engineers',
  'launch(?:es|ed)?', 'release[sd]?', 'features?', 'integrations?', 'experiments?', 'tests? run', 'a/b tests?', 'deploy(?:s|ments)?',
  'onboard(?:ing|ed)?', 'set[- ]?up', 'trained', 'training', 'complete(?:d|s)? (?:setup|onboarding|training|profiles?)', 'activation steps?',
  'number of (?:sellers|partners|integrations|features|titles|products|items|stores live|cities|markets|experiments|launches)',
  'recommendations', 'relevance', 'search', 'reviews', 'photos', 'content', 'detail pages?',
];

const FINANCIAL = new RegExp(`\\b(?:${FINANCIAL_OUTPUTS.join('|')})\\b`, 'gi');
const COUNTS = new RegExp(`\\b(?:${COUNT_OUTPUTS.join('|')})\\b`, 'gi');
const INPUT = new RegExp(`\\b(?:${INPUT_PATTERNS.join('|')})\\b`, 'i');
/** Supply a marketplace controls, an input when counted ("grow sellers to 4,000"), not in passing ("if sellers trust us"). */
const COUNTED_INPUT = /\b(?<!paying )(?:sellers|partners|suppliers)\b/i;
/** A duration as the measure ("from 40 minutes to 10", "under 2 days"), not as a deadline ("within 90 days"). */
const DURATION = /(?<!\b(?:within|in|over|after|by|for|every|per|each|next|first|last)\s+(?:the\s+)?(?:\w+\s+)?)\b\d+(?:\.\d+)?\s*(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b/i;
/** The writer calls a metric an input: "orders per store is our leading indicator". */
const NAMED_INPUT = /(?<!\b(?:no|not|without|any|lack|lacks|haven['’]t|have not|yet to)\s+(?:\w+\s+){0,2})\b(?:input metrics?|leading indicators?|controllable inputs?)\b/i;
const NOT_A_SALES_FIGURE = /\bsales (?:teams?|reps?|representatives?|org(?:ani[sz]ation)?|force|staff|people|calls?|cycles?|pitch|story|process|playbook|managers?|leaders?)\b/gi;
/** Outputs that contain an input word ("share price") are blanked before inputs are read. */
const OUTPUT_PHRASES = /\b(?:share price|stock price|price per share|return on \w+(?: \w+)?|sales team|sales reps?)\b/gi;

export type MetricClass = 'input' | 'output' | 'none';

export interface Classified {
  kind: MetricClass;
  outputs: string[];
}

/** Classifies one goal statement (a list item, a table row or a sentence). */
export function classifyStatement(text: string): Classified {
  // "the sales team", "sales cycle" are not sales figures.
  const metricText = text.replace(NOT_A_SALES_FIGURE, ' ');
  const outputs = [...metricText.matchAll(FINANCIAL)].map((m) => m[0].toLowerCase());
  if (hasFigure(text)) outputs.push(...[...text.matchAll(COUNTS)].map((m) => m[0].toLowerCase()));
  const rest = text.replace(OUTPUT_PHRASES, ' ');
  if (INPUT.test(rest) || DURATION.test(rest) || NAMED_INPUT.test(rest) || (COUNTED_INPUT.test(rest) && hasFigure(rest))) return { kind: 'input', outputs };
  return { kind: outputs.length > 0 ? 'output' : 'none', outputs };
}

/** Whether a statement carries a figure that may be a metric we failed to classify (years and dates aside). */
export function hasFigure(text: string): boolean {
  const stripped = text
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:q[1-4]|h[12]|fy\s?\d{2,4})\b/gi, ' ')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/gi, ' ')
    .replace(/^\s*\d{1,2}[.)]\s/, ' ');
  return /\d/.test(stripped);
}
