import type { Rule } from '../../engine/rule';
import { weaselWord } from './weasel-word';
import { hyperbole } from './hyperbole';
import { vagueTime } from './vague-time';
import { placeholder } from './placeholder';
import { undefinedAcronym } from './undefined-acronym';
import { longSentence } from './long-sentence';
import { passiveVoice } from './passive-voice';
import { readability } from './readability';
import { hedge } from './hedge';
import { templateText } from './template-text';

export const styleRules: Rule[] = [weaselWord, hyperbole, vagueTime, placeholder, undefinedAcronym, longSentence, passiveVoice, readability, hedge, templateText];
