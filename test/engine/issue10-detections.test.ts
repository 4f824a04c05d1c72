// Table-driven checks of the named steps behind the issue 10 detections: faq/non-answer,
// style/template-text and prfaq/weak-customer-quote. Fixtures test them in documents; these
// tables pin each step's verdict on one sentence.
import assert from 'node:assert/strict';
import { asksOpenQuestion, whyNotAnAnswer } from '../../server/src/rules/faq/non-answer';
import { weakSpeaker } from '../../server/src/rules/prfaq/weak-customer-quote';
import { isAngleSlot, promptIn } from '../../server/src/rules/style/template-text';

describe('faq/non-answer steps', () => {
  const open: [string, boolean][] = [
    ['How much does it cost?', true],
    ['So, why now?', true],
    ['What about iOS?', false],
    ['Is there a free trial?', false],
    ['What happens offline? Does it sync later?', false],
    ['Who pays? When?', true],
  ];
  for (const [question, expected] of open) it(`"${question}" ${expected ? 'asks for content' : 'may be answered yes or no'}`, () => assert.equal(asksOpenQuestion(question), expected));

  const answers: [string, string, boolean][] = [
    ['How much does it cost?', 'Yes.', true],
    ['Is there a free trial?', 'Yes.', false],
    ['Is there a free trial?', 'No.', false],
    ['Can I export?', 'Yes, from May 1, 2027.', false],
    ['When will Android ship?', 'Will be available later.', true],
    ['When will the iPad app ship?', 'It will be available later in 2027, after the June pilot.', false],
    ['Who owns it?', 'We will figure this out.', true],
    ['Which systems does it read?', 'Pricing for schools will be decided later.', true],
    ['Which systems does it read?', 'Square and Lightspeed at launch; Clover support will be available later.', false],
    ['How will we price it?', 'Should we charge per store or per title?', true],
    ['Why now?', 'Wholesalers opened their APIs in 2026. Can a store wait a week? No.', false],
    ['What is the biggest risk?', 'Good question.', true],
    ['Who sets the thresholds?', 'TBD', false], // faq/unanswered's
    ['Who sets the thresholds?', '', false], // faq/unanswered's
  ];
  for (const [question, answer, flagged] of answers) {
    it(`"${question}" → "${answer}" ${flagged ? 'does not answer' : 'is not flagged'}`, () => assert.equal(whyNotAnAnswer(question, answer) !== undefined, flagged));
  }
});

describe('style/template-text steps', () => {
  const prompts: [string, boolean][] = [
    ["Describe the customer's problem here.", true],
    ['Quote a leader to capture the value of the launch…', true],
    ['Problem – Describe the problem your product solves.', true],
    ['Summary – Give a summary of the product and the benefit.', true],
    ['Your headline here', true],
    ['Wrap it up and give pointers where the reader should go next.', true],
    ["Describe, Don't Prescribe: How Careline Nurses Listen", false],
    ['Describe your symptoms to Careline and it books a nurse call.', false],
    ['Explain the charges to your customers in one tap.', false],
    ['Name the product, set a price, and snap a photo: the listing is live.', false],
    ['Discuss the risks with legal by May 1, 2027.', false],
    ['State law caps the call fee at $20.', false],
    ['Describe your problem in plain words, and Careline routes the call to a nurse.', false],
    ['Describe your product in a sentence and ShopAI writes the listing.', false],
    ['Describe the problem and the benefit.', true],
    ['Describe it here.', true],
    ['Sub-heading: One sentence describing who the customer is and the benefit.', true],
    ['One sentence only, please.', false],
    ['Add it here to save it.', false],
  ];
  for (const [sentence, expected] of prompts) it(`"${sentence}" ${expected ? 'is' : 'is not'} a prompt`, () => assert.equal(promptIn(sentence) !== undefined, expected));

  const slots: [string, boolean][] = [
    ['Product name', true],
    ['Company', true],
    ['DATE', true],
    ['br', false],
    ['summary', false],
    ['Summary', false],
    ['https://example.com', false],
    ['img src="a.png"', false],
    ['details', false],
  ];
  for (const [inner, expected] of slots) it(`<${inner}> ${expected ? 'is' : 'is not'} a slot`, () => assert.equal(isAngleSlot(inner), expected));
});

describe('prfaq/weak-customer-quote steps', () => {
  const names = { words: new Set(['ledgerline', 'close', 'assist']) };
  const speakers: [string, string | undefined][] = [
    ['a director at a large bank', 'anonymous'],
    ['a customer', 'anonymous'],
    ['Happy customer', 'anonymous'],
    ['one of our pilot customers, James Okafor of Blue Ridge Credit Union', undefined],
    ['Maria Lopez, controller at Piedmont Savings Bank', undefined],
    ['Dorothy, a controller in Greenville', undefined],
    ['Tom Berg, product manager at Ledgerline', 'team'],
    ["Tom Berg, Ledgerline's head of design", 'team'],
    ['Tom Berg, who leads our reconciliation team', 'team'],
    ['Ana Ruiz, a Ledgerline customer since 2026', undefined],
    ['Linda Cho, CFO of Apex Castings, which piloted Ledgerline', undefined],
    ['Sam Lee, a software engineer on the Cards team', undefined],
    ['[Name], [role]', undefined],
  ];
  for (const [speaker, expected] of speakers) it(`"${speaker}" → ${expected ?? 'a usable customer voice'}`, () => assert.equal(weakSpeaker(speaker, names), expected));
});
