import type { Rule } from '../../engine/rule';
import { emptyDocument } from './empty';

/** Rules about the document as a whole, whatever its kind. */
export const documentRules: Rule[] = [emptyDocument];
