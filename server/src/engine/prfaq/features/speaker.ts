// The speaker of a quote, in the attribution's own words ("Maria Lopez, owner of Lopez Books",
// "a director at a large bank", "Jupyter Developer"): where those words are, whether they name
// anybody in particular, and the person's name.

const SPEECH = 'said|says|explains|explained|adds|added|notes|noted|emphasi[sz]es|emphasi[sz]ed|stresses|stressed|states|stated|argues|argued|shares|shared|comments|commented|recalls|recalled|told us|tells us|writes|wrote|puts it|put it';
/** Quoted speech: replaced by a mark so the speaker's words stand alone. */
const QUOTED = /“[^”]*(?:”|$)|"[^"\n]*(?:"|$)/g;
const MARK = '\u2063';

/** Where the speaker's words are, in the prose outside the quotes. */
const AFTER_VERB = new RegExp(String.raw`\b(?:${SPEECH})\s+(?!that\b)([^${MARK}.!?\n]{2,160})`, 'i');
const BEFORE_VERB = new RegExp(String.raw`(?:^|[${MARK},.!?]\s*)([^${MARK},.!?\n][^${MARK}.!?\n]{1,120}?)\s+(?:${SPEECH})\b`, 'i');
const AFTER_DASH = new RegExp(String.raw`(?:^|[${MARK}\s*_])(?:—|–|―|--?)\s*[*_]*([^${MARK}\n]{2,160})$`);
const ACCORDING_TO = /\baccording to\s+([^.!?\n,]{2,120})/i;

/** A speaker named by an indefinite description: "a director at a large bank", "one of our first users". */
const INDEFINITE = /^(?:a|an|one|another|one of (?:our|the|their|its|his|her)\b[^,]*|some|several|many|a few|anonymous)\b/i;
/** A speaker named only by a role: "Customer", "Happy customer", "Beta tester". */
const BARE_ROLE =
  /^(?:(?:happy|satisfied|delighted|early|beta|pilot|long-?time|loyal|typical|potential|hypothetical|anonymous|verified|small[- ]business|local)\s+)*(?:customers?|users?|clients?|shoppers?|testers?|subscribers?|members?|patients?|buyers?|sellers?|owners?|parents?|teachers?|nurses?|students?|readers?|merchants?)$/i;
/** A speaker named only by a job title, with no name: "— Senior DevOps Engineer", "— IT Director". */
const TITLE_ONLY =
  /^(?:(?:senior|junior|lead|principal|staff|chief|head|associate|assistant|regional|[A-Z][\w+#./&-]*)\s+){0,3}(?:engineers?|developers?|managers?|directors?|analysts?|designers?|scientists?|administrators?|admins?|architects?|consultants?|officers?|specialists?|coordinators?|technicians?|operators?|researchers?|accountants?|controllers?|planners?|dispatchers?|pharmacists?|physicians?|doctors?|librarians?|recruiters?|supervisors?|executives?|founders?|leads?)$/i;
/** A person's name in apposition: "one of our first customers, Maria Lopez of Lopez Books". */
const APPOSITION_NAME = /,\s*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?\b/;
/** A person's name leading the speaker's words: "Sid Sarasvati, founder of…", "Sarasvati". */
const LEADING_NAME = /^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?([A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zà-ÿ’'-]+){0,2})(?![’']s)(?=\s*(?:,|$|\())/;

/** The speaker's words in one paragraph's text (after "said", before "said", after a dash, "according to"), with their offset. */
export function speakerWords(text: string): { offset: number; text: string } | undefined {
  const outside = text.replace(QUOTED, (m) => MARK.repeat(m.length));
  for (const pattern of [AFTER_VERB, BEFORE_VERB, AFTER_DASH, ACCORDING_TO]) {
    const m = pattern.exec(outside);
    if (!m) continue;
    const raw = m[1];
    const lead = raw.length - raw.trimStart().replace(/^[*_\s]+/, '').length;
    const words = raw.slice(lead).replace(/[\s*_,;:]+$/, '');
    if (!/[\p{L}]/u.test(words)) continue;
    return { offset: m.index + m[0].indexOf(raw) + lead, text: words };
  }
  return undefined;
}

/** The speaker is nobody in particular: an indefinite description, a bare role or a job title with no name. */
export function isAnonymousSpeaker(speaker: string): boolean {
  const text = speaker.replace(/\s+/g, ' ').trim();
  if (/[[\]{}<>]/.test(text)) return false; // a slot ("[Name], [role]"): style/placeholder's
  return (INDEFINITE.test(text) && !APPOSITION_NAME.test(text)) || BARE_ROLE.test(text) || TITLE_ONLY.test(text);
}

/** The lower-case words of the person's name that leads the speaker's words, [] when none. */
export function speakerName(speaker: string): string[] {
  const text = speaker.replace(/\s+/g, ' ').trim();
  if (isAnonymousSpeaker(text)) return [];
  const m = LEADING_NAME.exec(text);
  return m ? m[1].toLowerCase().split(' ').filter((w) => !/\.$/.test(w)) : [];
}
