import type { AnalyzedBlock } from '../../engine/analysis';
import type { BlockFinding, BlockRule } from '../../engine/rule';
import { findCompoundSignal, POINTS_ITEM, REWARDS } from './compound-signals';

export const compoundMetric: BlockRule = {
  scope: 'block',
  meta: {
    id: 'metrics/compound-metric',
    description: 'One success metric that blends several measures: a weighted score, composite or health index, fitness function or point scheme.',
    rationale:
      'Amazon tried one weighted "fitness function" per team and dropped it: the weights were arbitrary and the blend hid which input moved. A single ratio such as conversion rate is fine. ' +
      'Only a success measure counts: a product feature named like a metric (a "vector index" or "search index", a "weighted scoring system" that ranks, ' +
      'matches, searches or routes) is how the product works, and is not reported unless the sentence calls it a goal, target or metric. ' +
      'Opt-in: on the real-document corpus all 3 of its findings on the tuning documents were wrong (it found none of the labelled cases), and it made no finding on the ninth and tenth labelling rounds, held out: far below the 0.9 precision a default rule needs.',
    howToFix: 'Report each component as its own metric, with its own baseline, target and date.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: true,
    kinds: ['prfaq', 'memo'],
    examples: {
      bad: 'We will track a Store Health Score: 40% in-stock rate, 30% on-time delivery and 30% CSAT.',
      good: 'We will track in-stock rate (92% → 97%), on-time delivery (88% → 95%) and CSAT (4.1 → 4.5), each by December 31, 2027.',
    },
  },
  checkBlock(block) {
    const findings: BlockFinding[] = [];
    for (const [index, unit] of block.units.entries()) {
      if (unit.kind === 'heading') continue; // the sentences under it say what the metric is
      if (followedByBreakdown(block, index)) continue; // each component already has its own target
      for (const sentence of unit.sentences) {
        const signal = findCompoundSignal(sentence.text);
        if (!signal) continue;
        const start = sentence.start + signal.start;
        const end = sentence.start + signal.end;
        const components = signal.components.length >= 2 ? signal.components : [];
        const named = components.length > 0 ? ` (${components.join(', ')})` : '';
        const plainParagraph = unit.kind === 'paragraph' && unit.listDepth === 0 && !unit.quoted;
        const parts = components.length > 0 ? components : ['[component 1]', '[component 2]'];
        findings.push({
          start,
          end,
          message: `"${block.text.slice(start, end)}" blends several metrics into one number. Report each component${named} as its own metric with its own target.`,
          fixes: plainParagraph
            ? [
                {
                  title: 'List each component with its own target',
                  // Right under the paragraph (a list may interrupt it), so the rule sees the breakdown.
                  edits: [{ start: unit.end, end: unit.end, newText: `\n${parts.map((p) => `- ${p}: baseline [value], target [value] by [date]`).join('\n')}` }],
                },
              ]
            : undefined,
        });
        break; // one finding per paragraph, list item or cell
      }
    }
    if (findings.length === 0) findings.push(...pointList(block));
    return findings;
  },
};

/** A component with its own target: "- CSAT: baseline 4.1, target 4.5 by June 2027", "- in-stock rate 92% → 97%". */
const COMPONENT_TARGET = /\btarget\b|→|->|\bfrom\b.{1,40}\bto\b/i;

/**
 * The paragraph is followed, in the same block, by a list of at least two components that each
 * have a target: the metric is reported component by component, as the rule asks.
 */
function followedByBreakdown(block: AnalyzedBlock, index: number): boolean {
  const unit = block.units[index];
  if (unit.kind !== 'paragraph' || unit.listDepth > 0) return false;
  let components = 0;
  for (const next of block.units.slice(index + 1)) {
    if (next.listDepth === 0) break;
    if (!COMPONENT_TARGET.test(next.masked)) return false;
    components++;
  }
  return components >= 2;
}

/** A list whose items award points ("- +200 for a five-star review"): reported on the first item. */
function pointList(block: AnalyzedBlock): BlockFinding[] {
  if (REWARDS.test(block.text)) return [];
  const items = block.units.filter((u) => u.listDepth > 0 && POINTS_ITEM.test(u.masked.trim()));
  if (items.length < 2) return [];
  const first = items[0];
  const lead = first.masked.length - first.masked.trimStart().length;
  return [
    {
      start: first.start + lead,
      end: first.start + first.masked.trimEnd().length,
      message: 'These points add several events into one score. Report each event as its own metric with its own target.',
    },
  ];
}
