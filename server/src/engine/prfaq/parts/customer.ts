// Part decision: the customer, a specific group named in the headline, subheading or press
// release ("independent bookstores"), else in the FAQ's answer to "Who is the customer?".

import { plain } from '../../text';
import { specificGroup } from '../features/groups';
import { unitFeatures } from '../features/unit-features';
import type { AnnouncerNames, GroupMention, PartLabel, PrfaqModel, PrParagraph, UnitFeatures } from '../types';

type CustomerInputs = Pick<PrfaqModel, 'headline' | 'headlineText' | 'subheading' | 'qa' | 'names' | 'labels'>;

export function findCustomer(model: CustomerInputs, paragraphs: readonly PrParagraph[]): PrParagraph | undefined {
  const candidates: PrParagraph[] = [];
  if (model.headline?.analysis.units[0]) candidates.push({ block: model.headline, unit: model.headline.analysis.units[0], text: model.headlineText });
  if (model.subheading?.unit) candidates.push(model.subheading as PrParagraph);
  else if (model.subheading?.block.analysis.units[0]) candidates.push({ block: model.subheading.block, unit: model.subheading.block.analysis.units[0], text: model.subheading.text });
  // What the product does not do yet ("## Limitations") and who makes it ("## About Acme") do
  // not say who it is for. A group met only in a quoted customer's story ("Cathy plays music for
  // the guests at her parties") is the speaker's, not the one the release is written for.
  candidates.push(...paragraphs.filter((p) => !NOT_ABOUT_THE_CUSTOMER.has(model.labels.get(p.unit)) && !quoted(unitFeatures(p.unit))));
  // "Prime members" is specific; a group qualified by the product's own name is not.
  const isSpecific = (g: GroupMention) => !g.properQualifier || !model.names.words.has(g.properQualifier);
  return candidates.find((p) => unitFeatures(p.unit).groups.some(isSpecific)) ?? customerInFaq(model, model.names);
}

const NOT_ABOUT_THE_CUSTOMER = new Set<PartLabel | undefined>(['limitations', 'about']);
const quoted = (f: UnitFeatures) => f.quote || f.unattributedQuote || f.attributionLine;

const WHO_QUESTION = /\bwho\b[^?]*\b(?:customers?|for|use|target|buy|benefit)\b|\btarget (?:customers?|audience|market|users?)\b|\bcustomer (?:segment|profile|persona)\b|\bwho (?:is|are) (?:this|it) for\b/i;

/** "Any team that…", "Everyone who…": an answer that opens on everyone. */
const UNIVERSAL_OPENING = /^\W*(?:(?:[\w-]+\s+){1,3}(?:is|are)\s+(?:designed|built|made|meant|intended)\s+for\s+)?(?:any|all|every|everyone|anyone|anybody|everybody)\b/i;
/** "researchers, software developers, and organizations": three or more in one series. */
const SERIES = /[^,;.]{2,60},\s+[^,;.]{2,60},\s+(?:[^,;.]{2,60},\s+)*(?:and|or|&)\s+\S/;

/**
 * A specific group named in the answer to "Who is the customer?" in the FAQ. An answer that
 * opens on everyone or whose first sentence lists three or more groups has not picked one.
 */
function customerInFaq(model: CustomerInputs, names: AnnouncerNames): PrParagraph | undefined {
  for (const pair of model.qa) {
    if (!WHO_QUESTION.test(pair.question)) continue;
    const answer = plain(pair.answer);
    const first = /^[^.!?]*/.exec(answer)?.[0] ?? answer;
    if (UNIVERSAL_OPENING.test(first) || SERIES.test(first)) continue;
    if (specificGroup(answer, names.words)) {
      const block = pair.questionBlock;
      const unit = block.analysis.units[0];
      if (unit) return { block, unit, text: pair.answer };
    }
  }
  return undefined;
}
