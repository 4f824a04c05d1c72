// FAQ step 3: with no External/Internal headings, whether the questions asked are the
// customers' ("How much does it cost?") or the company's ("What is our margin?").

import { COMPANY_VOICED_TOPICS, INTERNAL_QUESTION_TOPICS, termPattern } from '../vocabulary';
import type { QuestionAnswer } from './types';

// What an unlabelled FAQ question asks about: the customer's use, or the company's business.
const COMPANY_VOICE = /\b(?:[Ww]e|[Oo]urs?|us|[Ww]e[’'](?:re|ve|ll|d))\b/;
const CUSTOMER_VOICE = /\b(?:I|[Mm]y|[Mm]e|[Mm]ine|I[’'](?:m|ve|ll|d))\b/;
/** Business topics (vocabulary.ts): asked with or without "we" they are the company's questions. */
const BUSINESS_TOPIC = termPattern(INTERNAL_QUESTION_TOPICS);
const COMPANY_VOICED_TOPIC = termPattern(COMPANY_VOICED_TOPICS);
/** What a company does, not a product: "How will we make money?", "Why is Lakeport building this?". */
const COMPANY_VERBS =
  'build|built|building|charge|charging|make money|earn|price|launch|hire|hiring|invest|acquire|win|compete|partner|sell|expect|forecast|fund|afford|staff|scale|maintain|operate|measure|know|decide|prioriti[sz]e|cost|costs|margin|revenue|customers|competitors|business|engineers|team|plan|roadmap|investment|risk|bet|gain';
const COMPANY_ACTS = new RegExp(`\\b(?:we|us|our)\\b[^?]{0,40}\\b(?:${COMPANY_VERBS})\\b|\\b(?:cost|costs|charge|pay|owe) us\\b`, 'i');
const COMPANY_VERB = new RegExp(`\\b(?:${COMPANY_VERBS})\\b`, 'i');

/** The team's design and upkeep choices: "Why bmx rather than FFmpeg?", "How is the vendored patch set kept current?". */
// "Why X rather than Y?" with no verb is the team's choice; "Why do you say X instead of Y?" is a reader's question.
const DESIGN_CHOICE = /^why\s+(?!(?:do|does|did|is|are|was|were|would|should|can|could|will|you|we)\b)[^?]*\b(?:rather than|instead of)\b|\bkept (?:current|up to date)\b|\b(?:maintained|maintain it|maintain this|maintenance)\b/i;

/** Whether an FAQ with unlabelled questions asks what customers ask and what the company asks. */
export function questionAudiences(qa: QuestionAnswer[], company: ReadonlySet<string>): { external: boolean; internal: boolean; mostlyInternal: boolean } {
  let internal = 0;
  let companyVoiced = 0;
  let unlabelled = 0;
  const asked = new Set<string>();
  for (const pair of qa) {
    // A question asked twice counts once.
    if (pair.section !== 'faq' || asked.has(pair.question.toLowerCase())) continue;
    asked.add(pair.question.toLowerCase());
    unlabelled++;
    const q = pair.question;
    // Naming the company counts beside what a company does ("Why is Lakeport building this?"): when
    // the company and the product share a name, "What is KFabrik?" is a customer's question.
    const namesCompany = (q.toLowerCase().match(/[a-z][\w-]*/g) ?? []).some((w) => company.has(w));
    // "What is our margin?" speaks as the company (a B2B customer also says "we": "Do we have to
    // replace our computers?", so "we" counts only beside a business topic); "What are the risks?"
    // asks about the business.
    if (COMPANY_VOICE.test(q) && (COMPANY_ACTS.test(q) || BUSINESS_TOPIC.test(q) || COMPANY_VOICED_TOPIC.test(q))) {
      internal++;
      companyVoiced++;
    } else if ((BUSINESS_TOPIC.test(q) || DESIGN_CHOICE.test(q) || (namesCompany && COMPANY_VERB.test(q))) && !CUSTOMER_VOICE.test(q) && !/^(?:how much does|how much is|what does it cost)\b/i.test(q)) {
      internal++;
    }
  }
  return {
    // Any unlabelled question that is not the company's own counts as a customer question.
    external: unlabelled > internal,
    internal: companyVoiced >= 1 || internal >= 2 || (internal === 1 && unlabelled <= 3),
    // Under a title that says they are the customers' questions, a business question or two among them is not an internal FAQ.
    mostlyInternal: companyVoiced >= 1 || (internal > 0 && internal * 2 >= unlabelled),
  };
}

/** Questions asked in the customer's own voice ("How do I…", "Can I…"): at least two, and a third of them. */
export function customersAsk(questions: readonly string[]): boolean {
  const voiced = questions.filter((q) => CUSTOMER_VOICE.test(q)).length;
  return voiced >= 2 && voiced * 3 >= questions.length;
}
