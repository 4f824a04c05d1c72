// The PR/FAQ reader (see model.ts for its steps). Rules import from here.

export { buildPrfaqModel } from './model';
export { DATELINE } from './dateline';
export { faqAudience, isFaqTitle, isOpenQuestionsTitle, type Audience } from './section-classifier';
export { labelOf } from './part-labels';
export { labelsPressRelease } from './outline/headline';
export { isEmphasised, unitText } from './text';
export { customerGroups, specificGroup } from './features/groups';
export { unitFeatures } from './features/unit-features';
export { isCallToAction } from './features/calls';
export { isAnonymousSpeaker, speakerName, speakerWords } from './features/speaker';
export { painScore, solutionScore, type PainEvidence, type SolutionEvidence } from './features/evidence';
export { announcerNames } from './parts/names';
export { findQuestions } from './qa/pair';
export type * from './types';
