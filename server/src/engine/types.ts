// Plain data types shared by the engine, the rules, the language server and the CLI.
// Nothing here knows about LSP or VS Code; positions happen to match LSP's (0-based, UTF-16).

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type DocumentKind = 'prfaq' | 'memo';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit a finding can carry; the quick-fix layer turns it into a code action. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply without looking (used by fix-all). */
  isPreferred?: boolean;
}

/** Another place in the same document that explains a finding ("first given as 12 markets"). */
export interface RelatedPlace {
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
  /** Other places in the document the finding points at (LSP relatedInformation). */
  related?: RelatedPlace[];
  /** Rules whose problem inside this one's range it stands for (on or off); their findings there are hidden while it is shown (engine/subsume.ts). */
  covers?: string[];
}

/** Options a rule reads; every rule accepts `severity`, the rest is rule-specific. */
export type RuleOptions = Record<string, unknown>;

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: RuleOptions;
}

/** Settings as the engine sees them after normalisation (see settings.ts). */
export interface Settings {
  rules: Record<string, RuleSetting>;
  /** The mode for documents whose front matter names none (`barRaiser.mode`, a team file's `mode`); default review. */
  mode?: Mode;
}

/** Draft: style rules quiet, placeholders counted per part. Review: every rule the settings turn on, at full severity. */
export type Mode = 'draft' | 'review';
export const MODES: readonly Mode[] = ['draft', 'review'];
