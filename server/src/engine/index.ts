// The engine: lintDocument(text, settings, { rules }) → findings. Pure: no LSP, no VS Code, no
// file system, and no rules of its own: the caller passes them (server/src/linter.ts wires in every rule).

export * from './types';
export { detectKind } from './kind';
export { normalizeSettings, type UserSettings } from './settings';
export { SUPPRESSION_RULE, type SuppressedFinding } from './suppression';
export { applyEdits, applyFix, applySafeFixes, fixAll, offsetAt, safeFix, type FixAllResult } from './fixes';
export { sectionReadability, sectionReadabilityOfText, type SectionReadability } from './prose/section-readability';
export { lintDocument, INPUT_RULE, LANGUAGE_RULE, MAX_DOCUMENT_CHARS, type EngineOptions, type LintOptions, type LintResult, type LintStop } from './lint';
export { BlockCache } from './cache';
export { readDocument, type ReadOptions } from './read';
export type { LintDocument } from './document';
export type { Rule } from './rule';
