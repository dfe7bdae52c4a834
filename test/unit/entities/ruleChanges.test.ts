import * as assert from 'assert';
import { ruleChange, RuleChangeTally } from '../../../scripts/ner/ruleChanges';

describe('rule changes in cross-validation (tagger alone against the whole analysis)', () => {
  const words = ['Das', 'sagte', 'die', 'Präsidentin', 'des', 'Verbands', 'Erika', 'Muster', '.'];
  const person = { start: 6, end: 8, type: 'PER' as const };
  const body = { start: 6, end: 8, type: 'ORG' as const };

  it('calls a change better when the rules bring the labelled mention and take a wrong one away', () => {
    const change = ruleChange(words, [person], [body], [person]);
    assert.deepStrictEqual(change, { verdict: 'better', taggerOnly: ['ORG[Erika Muster]✗'], rulesOnly: ['PER[Erika Muster]✓'] });
    assert.strictEqual(ruleChange(words, [person], [person], [body])?.verdict, 'worse');
  });

  it('calls a change even when it trades one wrong mention for another, and none where nothing changed', () => {
    const shorter = { start: 7, end: 8, type: 'PER' as const };
    assert.strictEqual(ruleChange(words, [person], [body], [shorter])?.verdict, 'even');
    assert.strictEqual(ruleChange(words, [person], [person], [person]), undefined);
  });

  it('shows a mention the analysis cut elsewhere than the tokens by its own text', () => {
    const places = ['Tarnfeld/Varnik', '-', 'Der', 'Rat', 'tagte', '.'];
    const whole = { start: 0, end: 1, type: 'LOC' as const };
    const firstHalf = { start: 0, end: -9, type: 'LOC' as const, text: 'Tarnfeld' };
    assert.deepStrictEqual(ruleChange(places, [whole], [whole], [firstHalf])?.rulesOnly, ['LOC[Tarnfeld]✗']);
  });

  it('counts the sentences by verdict, leaving out those the rules did not change', () => {
    const tally = new RuleChangeTally();
    tally.add(ruleChange(words, [person], [body], [person]));
    tally.add(ruleChange(words, [person], [person], [body]));
    tally.add(ruleChange(words, [person], [person], [person]));
    assert.strictEqual(tally.report('news sentences'), 'news sentences: the rules changed 2 sentences: 1 better, 1 worse, 0 neither');
  });
});
