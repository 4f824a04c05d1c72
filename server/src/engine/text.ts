// Small text helpers shared by the models and rules.

/** Folds masked or raw text to plain prose: runs of blanks become one space. */
export function plain(masked: string): string {
  return masked.replace(/\s+/g, ' ').trim();
}
