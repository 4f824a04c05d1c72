// Where on its line the cursor asks for a question: after `Q:`, at the start of a heading's
// text (`### `), or after a list number (`3. `), with what the writer has typed of it so far.

export type QuestionMarker = 'q-line' | 'heading' | 'numbered';

export interface LineContext {
  marker: QuestionMarker;
  /** The line up to the question's text ("### ", "3. ", "Q: "). */
  lead: string;
  /** Character where the question's text starts (what completion replaces runs from here to the cursor). */
  start: number;
  /** The marker is not yet followed by a space (completion right after "Q:"). */
  needsSpace: boolean;
  /** The line has text after the cursor: insert the question only, no answer below. */
  textAfter: boolean;
}

// Optional heading marks or bullet, then Q: / Question 3: (bold or not).
const Q_LINE = /^(\s{0,3}(?:#{1,6}\s+)?(?:[-*+]\s+)?(?:\*\*|__)?Q(?:uestion)?\s*\d{0,3}\s*[:.](?:\*\*|__)?)(\s*)(.*)$/i;
const HEADING = /^(\s{0,3}#{1,6})(\s+)(.*)$/;
const NUMBERED = /^(\s*\d{1,3}[.)])(\s+)(.*)$/;
/** What the writer typed of a question so far: a few words, not a finished question. */
const TYPED = /^[^?#\n]{0,60}$/;

export function lineContext(line: string, character: number): LineContext | undefined {
  const before = line.slice(0, character);
  const textAfter = line.slice(character).trim() !== '';
  for (const [marker, pattern] of [['q-line', Q_LINE], ['heading', HEADING], ['numbered', NUMBERED]] as const) {
    const match = pattern.exec(before);
    if (!match) continue;
    const [, mark, space, typed] = match;
    if (!TYPED.test(typed)) return undefined;
    // "Q:" may be typed without its space (the ':' trigger); a heading or number needs one.
    return { marker, lead: mark + space, start: mark.length + space.length, needsSpace: space === '', textAfter };
  }
  return undefined;
}
