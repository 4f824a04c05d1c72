// Which of the standard questions a document already asks, by meaning: the duplicate-question
// rule's reading of a question (its gist: content words with rewordings merged) decides.

import type { QuestionAnswer } from '../engine/prfaq';
import { questionMeaning } from '../rules/faq/duplicate-question';
import type { FaqTopic } from './faq-questions';

/** The gist without the rule's question-word markers ("(how)"), which only tell one-word gists apart. */
function contentWords(gist: string[]): string[] {
  return gist.filter((w) => !w.startsWith('('));
}

/** A document question as compared: its key, its gist (sorted, joined) and its content words. */
export interface ReadQuestion {
  key: string;
  gist: string;
  words: ReadonlySet<string>;
}

function readQuestion(question: string, names: Iterable<string> = []): ReadQuestion {
  const { key, gist } = questionMeaning(question, names);
  return { key, gist: gist.join(' '), words: new Set(contentWords(gist)) };
}

const asks = new Map<string, ReadQuestion>();
const readAsk = (ask: string) => asks.get(ask) ?? asks.set(ask, readQuestion(ask)).get(ask)!;

/**
 * A question asks a topic when the duplicate rule would call it the same as the topic's question
 * or one of its questions (same key or same gist), or when it uses every word of one of its phrases.
 */
function asksTopic(question: ReadQuestion, topic: FaqTopic): boolean {
  return [topic.question, ...topic.asks].some((ask) => {
    const other = readAsk(ask);
    if (ask.endsWith('?')) return other.key === question.key || (other.gist !== '' && other.gist === question.gist);
    return other.words.size > 0 && [...other.words].every((w) => question.words.has(w));
  });
}

/** The first of `questions` that asks each topic, by topic id; a question counts for its own audience (or both when unlabelled). */
export function coveredTopics(topics: readonly FaqTopic[], questions: readonly QuestionAnswer[], names: Iterable<string>): Map<string, QuestionAnswer> {
  const read = questions.map((qa) => ({ qa, ...readQuestion(qa.question, names) }));
  const covered = new Map<string, QuestionAnswer>();
  for (const topic of topics) {
    const by = read.find((q) => (q.qa.section === 'faq' || q.qa.section === topic.audience) && asksTopic(q, topic));
    if (by) covered.set(topic.id, by.qa);
  }
  return covered;
}
