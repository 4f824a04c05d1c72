// Call to action and getting started: where to go next and how to begin.

import { DATELINE } from '../dateline';

// Where to go or what to do: a link, a store or place, "visit", "install". "Is available today"
// alone says when, not where, and ", available on Alexa" in passing describes a product.

const CALL_TO_ACTION =
  /\b(?:visit(?:ing)?\s+(?:us|our|[A-Z[]|www|https?|\S+\.[a-z]{2,}\b|the (?:\w+ )?(?:website|site|web|app|store|page|portal|booth|shop))|(?<=^|[.!?:;]\s{1,3}|\b(?:can|just|simply|please|then|and|or|you|to)\s{1,3})go to|go to (?:www|https?|[\w-]+\.[a-z]{2,}\b|(?:the|our|your|their|its) (?:\w+ )?(?:website|site|app|store|page|portal))|head (?:to|over to)|(?<!\b(?:the|a|an|our|your|their|what \w+['’]re|what \w+ are)\s)sign(?:s|ing)? up(?! for what\b)|(?<=^|[.!?:;]\s{1,3}|\b(?:can|just|simply|please|then|you|to)\s{1,3})register|(?<![/\w-]|\bfor )download(?!\/)|learn more|find out more|to get started|get started (?:at|by|today|now|with|in|from|for free)|join (?:the |our )?(?:waitlist|wait list|wait-list|beta|pilot|program|preview)|request (?:a|an|your|early|access)\b|start (?:a|your) free trial|free trial|pre-?orders?|reserve (?:a|an|your|one|their)|(?:on|at|through|via|from) (?:the|our|its) (?:[A-Z][\w-]* )?(?:website|web site|online store)|(?:on|at|through|via|from) (?:our|its) site|(?:from|on|in) (?:the )?(?:App Store|Google Play|Play Store)|order (?:now|today|online|at|from|it)|buy (?:now|today|it|at|from)|(?<!,\s{0,3})(?<=(?:^|[.!?:;]\s{1,3}|\b(?:is|are|be|been|being|was|were|becomes?|became|remains?|stays?|made|makes|making|it|them|and|or)\s{1,3}(?:(?:now|also|already|publicly|freely|generally|widely|readily)\s{1,3})?))available (?:now |today |immediately )?(?:as (?:an? |the )?[\w-]+(?: [\w-]+){0,3} )?(?:at(?! the (?:time|moment|point)\b)|from|on(?! demand\b)|through|via)\b|available in (?:the )?(?:App Store|Google Play|Play Store|Microsoft Store|Chrome Web Store|\w+ (?:App|Play) Store)|(?:in|at|from) (?:every|any|all|your|our|their|participating|select(?:ed)?) (?:local |nearest )?(?:branch|branches|store|stores|shop|shops|location|locations|pharmac(?:y|ies)|clinic|clinics|dealers?|offices?|restaurants?|stations?|librar(?:y|ies))|in stores|(?:is|are) (?:now |also )?(?:on|in) (?:npm|PyPI|crates\.io|Maven Central|NuGet|RubyGems|Homebrew|Docker Hub|the VS Code Marketplace|the Visual Studio Marketplace)|call (?:us|\d|\(\d)|email (?:us|\S+@)|contact (?:us|your|sales|our|the)|ask (?:your|their|for|a|the)\b|(?<=^|[.!?:;]\s{1,3}|\b(?:can|just|simply|please|then|and|or)\s{1,3})search for|(?<!\b(?:nothing|no need) to |\bno |\bwithout )install|turn it on|opt in|for more information|more information (?:is|at)|more details|try it (?:free|today|now|at)|scan the QR|clone (?:the|this|our|its) (?:\w+ )?(?:repo|repository)|run (?:the following|this|these)(?: commands?)?\b|can start(?! from\b| to\b)|start using|let['’]s (?:use|try|start)|begin using|(?:in|from) (?:the|their|your) [\w-]+ (?:app|portal|settings|menu|dashboard|intranet)|text [A-Z]{2,} to)\b/i;
/** A template's link placeholder: "at [insert link]", "visit [URL]". */
const PLACEHOLDER_LINK = /\b(?:at|visit|to|from)\s+\[[^\]]*\b(?:link|url|website|site|web address|domain)\b[^\]]*\]/i;
// Runs are bounded (a domain label is at most 63 characters, an address's parts 64 and 253) so
// a long word or hyphenated run costs its length, not its length squared.
const LINK =
  /\]\(|https?:\/\/|www\.|\b[a-z0-9][\w-]{1,63}(?:\.[\w-]{1,63})*\.(?!(?:js|ts|py|md|txt|csv|json|pdf|png|jpg|exe|net framework)\b)[a-z]{2,6}(?:\/[\w./-]*)?(?![\w.]*[a-z])|\S{1,64}@\S{1,253}\.\w+|\bgo\/[\w-]+|(?:\+?\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/i;
/**
 * Where to go next, said plainly, in the closing paragraphs: "Update the app", "Hospitals can turn
 * on Beacon". Not "is live today" or "starting today": like "available today", they say when, not where.
 */
const CLOSING_CTA =
  /(?:^|[.!?:]\s+)(?:Update|Open(?! up\b)|Add|Enroll|Enrol|Apply|Start|Book|Order|Text|Call|Email|Contact|Ask|Visit|Go(?= to\b| online\b)|Find|Sign|Join|Try|Get|Download|Install|Register|Search|Turn|Request|Schedule|Reserve|Buy|Subscribe|Check|Scan|Log in|Learn|Read|Tap|Click|Choose|Pick|Upload|Connect|Enable|Switch|Look for)\b(?![-‑]\w)|(?<!\b(?:I|we) )\bcan (?:now |today |also )?(?:start(?! from\b| to\b)|sign|enroll|enrol|apply|join|order|book|reserve|request|register|buy|get (?!started|(?:a |an |the )?(?:better|clearer|same|fuller|deeper|good|great|sense|feel|idea|picture|glimpse)\b)|download|install|try|turn|add|post|find|visit|call|contact|email|text|subscribe|switch|opt|access|pick up|update|open|log in|set up)\b/i;
export const GETTING_STARTED =
  /\b(?:to get started|getting started|get(?:s)? started|sign(?:s|ing)? up|set(?:s|ting)? up|setup|install(?:s|ing)?|download(?:s|ing)?|create an account|connect(?:s)? (?:their|your|it|the|a)|open(?:s)? the app|taps?|clicks?|scans?|takes (?:less than |under |about |only |just )?(?:\d+|a few|one|two|three|five|ten) (?:minutes|seconds)|in (?:under |less than )?(?:\d+|a few|one|two|three|five|ten) (?:minutes|steps|clicks|taps)|step (?:one|1)|first,|no (?:training|setup|installation|hardware|contract)s? (?:needed|required)|works with|how it works|free for the first)\b/i;

/** "Install it via `npx`": the code names only a package runner, not what to install. */
const BARE_RUNNER = /\binstall(?:ed)?\s+(?:it|them|this|the \w+)\s+(?:via|with|using|through)\s+`(?:npx|npm|pnpm|yarn|pip|pipx|uv|uvx|brew|cargo|gem|go|docker)`(?!\s*`)/i;
/** The same phrase in masked text (the code blanked), to drop when it names nothing to install. */
const INSTALL_VIA = /\binstall(?:ed)?\s+(?:it|them|this|the \w+)\s+(?:via|with|using|through)\b/gi;

function withoutBareInstall(masked: string, source: string): string {
  return BARE_RUNNER.test(source) ? masked.replace(INSTALL_VIA, ' ') : masked;
}

/** A closing imperative ("Update the app"), unless it only names a package runner. */
export function isClosingCallToAction(prose: string, source: string): boolean {
  return CLOSING_CTA.test(withoutBareInstall(prose, source));
}

/** A line naming a place to get it, then its link: "GitHub: https://…", "**Releases**: https://…", "Repository: `github.com/…`". */
const PLACE_LINK =
  /^[\s>*_-]*(?:GitHub|GitLab|Repo(?:sitory)?|Source code|Code|Releases?|Downloads?|Website|Web site|Home ?page|Site|Docs|Documentation|Demo|Live(?: demo| site| app)?|App|Try it|Get it|Install|Package|npm|PyPI|crates\.io|App Store|Google Play|Sign up|Waitlist)\b[^:\n]{0,20}?[*_]*\s*:[*_]*\s*[<[*_`]*(?:https?:\/\/|www\.|[\w-]{1,63}\.(?:com|org|io|dev|net|app)\/)/im;

/** A paragraph that is only an address (after the dateline, if any): "San Francisco, May 2, 2026 — rec.example.com". */
function isAddressOnly(text: string, source: string): boolean {
  const dateline = DATELINE.exec(text);
  const rest = (dateline ? text.slice(dateline[0].length) : text).replace(/^[\s—–:|-]+/, '').trim();
  return LINK.test(source) && rest.length > 0 && !/\s/.test(rest) && LINK.test(rest);
}

/**
 * A call to action: where to go, a link placeholder, a link beside a "go" word or a place's name, or
 * an address alone. `aligned` is the text masked in place (the source's offsets), to find a link's sentence.
 */
export function isCallToAction(text: string, source: string, aligned = text): boolean {
  const masked = withoutBareInstall(text, source);
  if (PLACE_LINK.test(source) || isAddressOnly(masked, source)) return true;
  return CALL_TO_ACTION.test(masked) || PLACEHOLDER_LINK.test(masked) || linkBesideGoWord(aligned, source, masked);
}

const GO_WORD = /\b(?:at|visit|learn|sign|get|order|try|download|start|join|see|read|available|apply|register|book)\b/i;
const LINKS = new RegExp(LINK.source, 'gi');

/**
 * A link counts beside a word that sends the reader to it, in the link's own sentence: "Learn more
 * at [site](…)". A link that cites an article, with "see" two sentences on, sends no one anywhere.
 */
function linkBesideGoWord(masked: string, source: string, prose: string): boolean {
  // Without the source's offsets, read the whole paragraph.
  if (masked.length !== source.length) return LINK.test(source) && GO_WORD.test(prose);
  for (const link of source.matchAll(LINKS)) {
    const end = link.index + link[0].length;
    const before = masked.slice(Math.max(0, link.index - 150), link.index).split(/[.!?]\s+/).pop() ?? '';
    const after = masked.slice(end, end + 150).split(/[.!?](?:\s|$)/)[0];
    if (GO_WORD.test(`${before} ${after}`)) return true;
  }
  return false;
}
