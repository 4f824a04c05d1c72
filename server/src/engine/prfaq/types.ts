// The shapes the PR/FAQ reader produces and rules consume: the model, its press-release
// paragraphs and parts, quotes, and FAQ question/answer pairs.

import type { ProseUnit } from '../analysis';
import type { DocBlock } from '../doc-view';
import type { Section } from '../sections';
import type { Position, Range } from '../types';
import type { PainEvidence, SolutionEvidence } from './features/evidence';

export interface PrParagraph {
  block: DocBlock;
  unit: ProseUnit;
  /** Plain prose of the paragraph (markup blanked, spaces folded). */
  text: string;
}

/** A heading (or bold lead-in) in the press release that names the part below it. */
export type PartLabel =
  | 'headline'
  | 'subheading'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'leaderQuote'
  | 'customerQuote'
  | 'quotes'
  | 'gettingStarted'
  | 'callToAction'
  | 'limitations'
  | 'about'
  | 'pressRelease';

export interface PrfaqModel {
  /** A document title above the headline ("# PR/FAQ: Project Falcon", "# Press release"). */
  title?: DocBlock;
  headline?: DocBlock;
  headlineText: string;
  subheading?: PrParagraph | { block: DocBlock; unit?: undefined; text: string };
  /** First paragraph of the press release, where the dateline belongs. */
  summary?: PrParagraph;
  dateline?: Range;
  /** The dateline's city or date is still a template's slot ("[CITY] — [DATE] —", "CITY, STATE — DATE —"). */
  datelinePlaceholder?: boolean;
  /** The dateline is a date alone ("October 18, 2025 —"): it names no city. */
  datelineWithoutCity?: boolean;
  /** Prose paragraphs of the press release after the subheading, in order. */
  paragraphs: PrParagraph[];
  /** Blocks [pressReleaseStart, faqStart) are the press release. */
  pressReleaseStart: number;
  faqStart: number;
  faqHeading?: DocBlock;
  externalFaq?: Section;
  internalFaq?: Section;
  /** Whether the FAQ holds customer / company questions, by heading or by what is asked. */
  hasExternalQuestions: boolean;
  hasInternalQuestions: boolean;
  /** Headings inside the press release that label a part ("## The problem"). */
  sections: Section[];
  /** The part each labelled press-release paragraph belongs to (by heading or lead-in). */
  labels: Map<ProseUnit, PartLabel>;
  qa: QuestionAnswer[];
  parts: PressReleaseParts;
  /** The announcing company's and product's names, read from the summary (else headline and title). */
  names: AnnouncerNames;
  /** First block with prose (after front matter and comments), if any. */
  firstContent?: DocBlock;
  /** Where whole-document findings go: the press release's heading ("## Press Release"), else line 1. */
  anchor: Range;
  /** Number of prose words in the whole document (0: nothing written yet). */
  wordCount: number;
}

/** 'other': a partner, investor or analyst, neither the company's leader nor a customer. */
export type QuoteKind = 'leader' | 'customer' | 'other' | 'unknown';

export interface PressReleaseQuote {
  paragraph: PrParagraph;
  kind: QuoteKind;
  /** How strongly the attribution points to a company leader (role, company name, "we"). */
  leaderScore: number;
  /** A maker's own story as a user: the leader's quote that also stands in for the customer's. */
  alsoCustomer?: boolean;
}

export interface PressReleaseParts {
  customer?: PrParagraph;
  problem?: PrParagraph;
  solution?: PrParagraph;
  leaderQuote?: PrParagraph;
  gettingStarted?: PrParagraph;
  customerQuote?: PrParagraph;
  callToAction?: PrParagraph;
  /** Every attributed quote in the press release, in order, with who is speaking. */
  quotes?: PressReleaseQuote[];
}


/** Who one paragraph quotes, and what its attribution says about the speaker. */
export interface SpeakerFacts {
  /** Quoted speech with an attribution (or in a block quote), or attributed indirect speech. */
  quote: boolean;
  /** Quoted speech without an attribution in this paragraph. */
  unattributedQuote: boolean;
  /** The paragraph is only an attribution line ("— Jane Doe, CEO of Acme"). */
  attributionLine: boolean;
  /** Ends with a colon after naming who speaks ("Jane Doe, CEO of Acme:", "According to its author:"). */
  introducesSpeaker: boolean;
  leaderRole: number;
  customerRole: number;
  /** The speaker is on neither side: a partner, investor or analyst, or a machine (a chatbot, a language model). */
  thirdParty: boolean;
  /** Organisations named in the attribution ("at Mercy Hospital"), as lower-case words. */
  orgs: string[];
  /** The speaker's words in the attribution ("Sid Sarasvati, founder of Trial and Error"), '' when none. */
  speaker: string;
  /** The attribution names nobody in particular and no leader's title ("— Jupyter Developer", "said a customer"). */
  anonymous: boolean;
  /** The lower-case words of the speaker's name ("said Sid Sarasvati, founder…" → sid, sarasvati), [] when none. */
  speakerName: string[];
  /** The quoted words speak as the company ("we") or as a person ("I", "my"). */
  companyVoice: boolean;
  personVoice: boolean;
}

export interface UnitFeatures extends SpeakerFacts {
  words: number;
  /** Ends with a colon (it may introduce the quote below it). */
  introducesQuote: boolean;
  /** The kinds of evidence (features/evidence.ts) the prose outside quotes and the quoted words show. */
  pain: ReadonlySet<PainEvidence>;
  painInQuote: ReadonlySet<PainEvidence>;
  solution: ReadonlySet<SolutionEvidence>;
  solutionInQuote: ReadonlySet<SolutionEvidence>;
  /** Says concretely what something does (an action verb, "automatically", "instead of"). */
  concrete: boolean;
  /** Uses a verb that says what a product does ("checks", "sends", "scan"). */
  acts: boolean;
  /** A named thing, "it" or "the app" does something specific ("Stash Jar rounds up", "a unit that reports"). */
  doesSomething: boolean;
  /** Lower-case words of the prose outside quotes, to spot the product's name. */
  tokens: Set<string>;
  /** Share of the words that are inside quotation marks (0–1). */
  quotedShare: number;
  /** Sentences of the prose that read as pain on their own (score ≥ 2), with their words. */
  painfulSentences: { pain: ReadonlySet<PainEvidence>; tokens: Set<string> }[];
  callToAction: boolean;
  /** Says where to go next in plain words, which counts in the closing paragraphs only. */
  closingCallToAction: boolean;
  gettingStarted: boolean;
  /** Specific customer groups named outside quotes and attributions ("independent bookstores"). */
  groups: GroupMention[];
  /** Names people outside quotes, specific or not ("users", "households", "nurses"). */
  people: boolean;
  /** Every sentence only says what something is ("Nestwell is an all-new way to…"), none what it does. */
  copularOnly: boolean;
}

export interface GroupMention {
  text: string;
  /** A capitalised word that made the group specific ("Prime members"); the product's own name doesn't count. */
  properQualifier?: string;
}


export interface AnnouncerNames {
  /** Single lower-case words of the company's and product's names, to match organisations. */
  words: Set<string>;
  /** Each name as its lower-case words ("ferry pass"), to spot a paragraph that names the product. */
  phrases: string[][];
  /** Every lower-case word of the announcing company's name, generic ones included ("city", "bank"). */
  company: Set<string>;
  /** Lower-case words of the people the release says made it ("co-founded by Jane Doe", "Jane Doe released"). */
  makers: Set<string>;
}


export type QuestionStyle = 'heading' | 'q-line' | 'bold-question' | 'numbered' | 'question-paragraph' | 'table';
export type FaqSection = 'external' | 'internal' | 'faq';

export interface QuestionAnswer {
  /** The question as plain text, without `Q:` prefixes, numbering or emphasis. */
  question: string;
  /** The question's text on its line (where unanswered/duplicate findings go). */
  questionRange: Range;
  questionBlock: DocBlock;
  style: QuestionStyle;
  section: FaqSection;
  /** Plain answer prose (code, URLs and markup blanked), '' when there is none. */
  answer: string;
  /** The answer's raw Markdown (HTML comments removed), '' when there is none. */
  answerSource: string;
  /** End of the question or of its answer so far. */
  answerInsertAt: Position;
  /** End of the question's last line: where an answer stub goes when there is no answer. */
  questionEnd: Position;
  /** Text to insert at questionEnd that gives the question an empty answer in its own style. */
  answerStub?: string;
  /** The line range the pair occupies, [first line, last line]. */
  lines: [number, number];
}
