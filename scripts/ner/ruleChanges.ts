// What the lists and rules change of the tagger's mentions, judged by held-out labels: in cross-validation
// (`npm run train:ner -- --cv --show-rule-changes`) each test sentence goes through the fold's tagger alone
// and through findEntities, and every sentence where the two differ is listed with its verdict. Rules written
// for the news articles' annotators can disagree with GermEval's; this shows where, one sentence at a time.
import type { EntitySpan } from './conll';

export type Verdict = 'better' | 'worse' | 'even';

/** One sentence the rules changed: the mentions only the tagger had, those only the rules have, each right or not. */
export interface RuleChange {
  verdict: Verdict;
  /** "TYPE[words]✓" or "…✗" for each mention the rules took away. */
  taggerOnly: string[];
  /** The same for each mention the rules brought. */
  rulesOnly: string[];
}

/** How the rules changed one sentence's mentions, or undefined where they changed nothing. */
export function ruleChange(words: readonly string[], gold: readonly EntitySpan[], tagger: readonly EntitySpan[],
  rules: readonly (EntitySpan & { text?: string })[]): RuleChange | undefined {
  const key = (s: EntitySpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const taggerKeys = new Set(tagger.map(key));
  const rulesKeys = new Set(rules.map(key));
  const taggerOnly = tagger.filter(s => !rulesKeys.has(key(s)));
  const rulesOnly = rules.filter(s => !taggerKeys.has(key(s)));
  if (taggerOnly.length === 0 && rulesOnly.length === 0) return undefined;
  // Each right mention counts one, each wrong one minus one: the side with more is the better reading.
  const worth = (spans: readonly EntitySpan[]) => spans.reduce((sum, s) => sum + (goldKeys.has(key(s)) ? 1 : -1), 0);
  const difference = worth(rulesOnly) - worth(taggerOnly);
  // A mention the analysis cut elsewhere than the tokens ("Tarnfeld/Varnik" as two) brings its own text.
  const shown = (s: EntitySpan & { text?: string }) =>
    `${s.type}[${s.text ?? words.slice(s.start, s.end).join(' ')}]${goldKeys.has(key(s)) ? '✓' : '✗'}`;
  return {
    verdict: difference > 0 ? 'better' : difference < 0 ? 'worse' : 'even',
    taggerOnly: taggerOnly.map(shown),
    rulesOnly: rulesOnly.map(shown),
  };
}

/** Counts of sentences the rules made better, worse or neither. */
export class RuleChangeTally {
  private readonly counts: Record<Verdict, number> = { better: 0, worse: 0, even: 0 };

  add(change: RuleChange | undefined): void {
    if (change) this.counts[change.verdict]++;
  }

  report(label: string): string {
    const { better, worse, even } = this.counts;
    return `${label}: the rules changed ${better + worse + even} sentences: ${better} better, ${worse} worse, ${even} neither`;
  }
}
