import * as assert from 'assert';
import * as fc from 'fast-check';
import { CorpusIndex, MIN_MATCH_THRESHOLD } from '../../../src/core/corpus/corpusIndex';
import type { ArticleAnalysis } from '../../../src/core/analysis/types';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { packNumberedDigest } from '../../../src/core/corpus/cache';
import { TermNumbering, WorkerVocabulary } from '../../../src/core/corpus/termNumbering';
import { digestArticle } from '../../../src/core/corpus/digest';
import { analysisOf } from './fixtures';

// Unrelated articles, so that term statistics look like a corpus and not like two sentences.
const BACKGROUND: Record<string, string> = {
  'wetter.txt': 'Am Wochenende wird es in Nordhessen sonnig und warm.\nDer Deutsche Wetterdienst erwartet bis zu 24 Grad am Sonntag.\nIn der Nacht kühlt es auf acht Grad ab.',
  'fussball.txt': 'Der Verein gewann das Heimspiel vor 12.000 Zuschauern mit 3:1.\nDer Trainer lobte die Abwehr nach dem Spiel.\nDas nächste Spiel findet am Samstag in Bielefeld statt.',
  'schule.txt': 'Die Stadt saniert in diesem Jahr drei Grundschulen.\nDie Arbeiten kosten rund zwölf Millionen Euro.\nDer Unterricht soll während der Bauzeit weiterlaufen.',
  'theater.txt': 'Das Staatstheater eröffnet am Freitag seine Frühjahrssaison.\nGespielt wird ein Stück über eine Familie in der Nachkriegszeit.\nKarten gibt es an der Abendkasse.',
  'radweg.txt': 'Die Stadt plant einen neuen Radweg entlang der Fulda.\nDer Bau soll im Herbst beginnen.\nAnwohner hatten lange für den Radweg geworben.',
  'markt.txt': 'Auf dem Wochenmarkt steigen die Preise für Gemüse.\nHändler verweisen auf die schlechte Ernte des Vorjahres.\nTomaten kosten inzwischen fast doppelt so viel wie im Sommer.',
};

function indexWith(articles: Record<string, string | [string, ArticleAnalysis]>): CorpusIndex {
  const index = new CorpusIndex({ analyze: text => analysisOf(text) });
  index.upsertMany(Object.entries({ ...BACKGROUND, ...articles }).map(([path, value]) =>
    typeof value === 'string' ? { path, text: value } : { path, text: value[0], prepared: value[1] }));
  return index;
}

function claimAt(index: CorpusIndex, path: string, words: string) {
  const claim = index.getClaims(path).find(c => c.text.includes(words));
  if (!claim) throw new Error(`no claim with "${words}" in ${path}`);
  return claim;
}

describe('CorpusIndex', () => {
  it('hands out analyses whose entities carry the names linked across the corpus', () => {
    const full = 'Bürgermeisterin Erika Musterfrau eröffnete die Brücke.';
    const short = 'Musterfrau sprach von einem Erfolg.';
    const index = indexWith({
      'a.txt': [full, analysisOf(full, { entities: [{ text: 'Erika Musterfrau', type: 'PER' }] })],
      'b.txt': [short, analysisOf(short, { entities: [{ text: 'Musterfrau', type: 'PER' }] })],
    });
    const linked = index.getArticle('b.txt')!.analysis.entities[0];
    assert.deepStrictEqual([linked.text, linked.canonical], ['Musterfrau', 'Erika Musterfrau']);
    assert.strictEqual(index.getArticle('b.txt')!.analysis, index.getArticle('b.txt')!.analysis, 'the same object until linking changes');
  });

  it('gives a name the type most articles give it', () => {
    const texts = ['Nordwerk baut ein Werk.', 'Nordwerk stellt ein.', 'Nordwerk wächst.'];
    const types = ['ORG', 'PER', 'ORG'] as const;
    const index = indexWith(Object.fromEntries(texts.map((text, i) =>
      [`n${i}.txt`, [text, analysisOf(text, { entities: [{ text: 'Nordwerk', type: types[i] }] })]])));
    assert.deepStrictEqual(texts.map((_, i) => index.getArticle(`n${i}.txt`)!.analysis.entities[0].type), ['ORG', 'ORG', 'ORG']);
  });

  it('settles a tie between types the same way whatever order the articles were indexed in', () => {
    const texts = ['Nordwerk baut ein Werk.', 'Nordwerk stellt ein.', 'Nordwerk wächst.', 'Nordwerk zieht um.'];
    const types = ['PER', 'LOC', 'ORG', 'PER'] as const;
    const entries = texts.map((text, i): [string, [string, ArticleAnalysis]] =>
      [`n${i}.txt`, [text, analysisOf(text, { entities: [{ text: 'Nordwerk', type: types[i] }] })]]);
    for (const order of [entries, [...entries].reverse(), [entries[1], entries[3], entries[0], entries[2]]]) {
      const index = indexWith(Object.fromEntries(order));
      const got = texts.map((_, i) => index.getArticle(`n${i}.txt`)!.analysis.entities[0].type);
      // Two articles say PER: most articles win.
      assert.deepStrictEqual(got, ['PER', 'PER', 'PER', 'PER']);
    }
    for (const order of [entries.slice(0, 3), entries.slice(0, 3).reverse()]) {
      const index = indexWith(Object.fromEntries(order));
      // One each: an organisation, whichever article came first.
      assert.deepStrictEqual([0, 1, 2].map(i => index.getArticle(`n${i}.txt`)!.analysis.entities[0].type), ['ORG', 'ORG', 'ORG']);
    }
  });

  const sale = 'Die Stadt will 51 Prozent der Kasseler Tram AG an den Konzern Nordline Mobility verkaufen.';
  const saleReworded = 'Nordline Mobility soll 51 Prozent der Kasseler Tram AG übernehmen, sagte die Oberbürgermeisterin.';

  it('matches a fact stated in other words in another article, with where and who', () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': `Der Winter war lang.\n${saleReworded}` });
    const [match] = claimAt(index, 'a.txt', 'Nordline').matches;
    assert.strictEqual(match.path, 'b.txt');
    assert.strictEqual(index.getArticle('b.txt')?.text.slice(match.start, match.end), saleReworded);
    assert.strictEqual(match.attribution, 'die Oberbürgermeisterin');
    assert.ok(match.score > 0 && match.score <= 1);
    // And the other way round, with the same score.
    const back = claimAt(index, 'b.txt', 'Nordline').matches.find(m => m.path === 'a.txt');
    assert.strictEqual(back?.score, match.score);
  });

  it('does not match sentences that only share common words', () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': 'Die Stadt will den Radweg an der Fulda bis 2027 verlängern.' });
    assert.deepStrictEqual(claimAt(index, 'a.txt', 'Nordline').matches, []);
  });

  it('does not match claims of the same article with each other', () => {
    const index = indexWith({ 'a.txt': `${sale}\n${saleReworded}` });
    for (const claim of index.getClaims('a.txt')) assert.deepStrictEqual(claim.matches, []);
  });

  it('reports a disputed deadline, but not the same date written differently', () => {
    const text = (when: string) => `Verbindliche Angebote für die Kasseler Tram AG müssen ${when} eingereicht werden.`;
    const article = (when: string, value: string): [string, ArticleAnalysis] => [text(when), analysisOf(text(when), { dates: [{ text: when.replace(/^bis (zum )?/, ''), value }] })];
    const index = indexWith({
      'a.txt': article('bis zum 15. September', '2026-09-15'),
      'b.txt': article('bis Sonntag (20.9.)', '2026-09-20'),
      'c.txt': article('bis zum 20. September', '2026-09-20'),
    });
    const byPath = (path: string) => claimAt(index, 'b.txt', 'Angebote').matches.find(m => m.path === path);
    assert.deepStrictEqual(byPath('a.txt')?.conflicts, [{ kind: 'date', here: 'Sonntag (20.9.)', there: '15. September' }]);
    assert.deepStrictEqual(byPath('c.txt')?.conflicts, []);
  });

  it('reports differing amounts of one unit, not of different units', () => {
    const text = (users: string) => `Der Dienst hat ${users} Nutzer und soll für 30 Milliarden Dollar an einen Konzern gehen.`;
    const article = (users: string, value: number): [string, ArticleAnalysis] => [text(users), analysisOf(text(users), {
      quantities: [{ text: `${users} Nutzer`, value, unit: 'Nutzer' }, { text: '30 Milliarden Dollar', value: 30e9, unit: 'USD' }],
    })];
    const index = indexWith({ 'a.txt': article('100 Millionen', 100e6), 'b.txt': article('175 Millionen', 175e6) });
    assert.deepStrictEqual(claimAt(index, 'a.txt', 'Dienst').matches[0]?.conflicts,
      [{ kind: 'quantity', here: '100 Millionen Nutzer', there: '175 Millionen Nutzer' }]);
  });

  it('scores shared canonical entities higher and different people lower', () => {
    const a = 'Pfeiffer kündigte für Montag einen ganztägigen Warnstreik bei der Tram AG an.';
    const b = 'Gewerkschaftschef Pfeiffer ruft für Montag zu einem ganztägigen Warnstreik bei der Tram AG auf.';
    const scoreWith = (canonicalA?: string, canonicalB?: string) => {
      const entity = (canonical?: string) => canonical ? { entities: [{ text: 'Pfeiffer', type: 'PER' as const, canonical }] } : {};
      const index = indexWith({ 'a.txt': [a, analysisOf(a, entity(canonicalA))], 'b.txt': [b, analysisOf(b, entity(canonicalB))] });
      index.threshold = MIN_MATCH_THRESHOLD;
      return claimAt(index, 'a.txt', 'Warnstreik').matches[0]?.score ?? 0;
    };
    const plain = scoreWith();
    assert.ok(plain > 0);
    assert.ok(scoreWith('Jonas Pfeiffer', 'Jonas Pfeiffer') > plain);
    assert.ok(scoreWith('Jonas Pfeiffer', 'Anna Brandt') < plain);
  });

  it('finds matches for an arbitrary selection', () => {
    const text = `Zuerst etwas anderes. ${sale} Danach noch mehr.`;
    const index = indexWith({ 'a.txt': text, 'b.txt': saleReworded });
    const start = text.indexOf('51 Prozent');
    const matches = index.findMatchesForText('a.txt', start, text.indexOf('verkaufen'));
    assert.deepStrictEqual(matches.map(m => m.path), ['b.txt']);
    assert.deepStrictEqual(index.findMatchesForText('a.txt', 0, 5), []);
    assert.deepStrictEqual(index.findMatchesForText('missing.txt', 0, 5), []);
  });

  it('honours the threshold and keeps it in range', () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    const score = claimAt(index, 'a.txt', 'Nordline').matches[0].score;
    index.threshold = Math.min(1, score + 0.01);
    assert.deepStrictEqual(claimAt(index, 'a.txt', 'Nordline').matches, []);
    index.threshold = -3;
    assert.strictEqual(index.threshold, MIN_MATCH_THRESHOLD);
    index.threshold = 7;
    assert.strictEqual(index.threshold, 1);
  });

  it('lists clusters with disagreements first', () => {
    const deadline = (day: string) => `Verbindliche Angebote für die Kasseler Tram AG müssen bis zum ${day}. September eingereicht werden.`;
    const article = (first: string, day: string): [string, ArticleAnalysis] => {
      const text = `${first}\n${deadline(day)}`;
      return [text, analysisOf(text, { dates: [{ text: `${day}. September`, value: `2026-09-${day}` }] })];
    };
    const index = indexWith({ 'a.txt': article(sale, '15'), 'b.txt': article(saleReworded, '20'), 'c.txt': sale });
    const clusters = index.clusters();
    assert.ok(clusters.length >= 2);
    assert.deepStrictEqual(clusters[0].conflicts.map(c => ({ ...c, values: [...c.values].sort() })), [{ kind: 'date', values: ['15. September', '20. September'] }]);
    assert.ok(clusters[0].claims.every(claim => claim.text.includes('Angebote')));
    assert.ok(clusters.slice(1).every(cluster => cluster.conflicts.length === 0));
    const saleCluster = clusters.find(cluster => cluster.claims.some(claim => claim.text.includes('Nordline')));
    assert.strictEqual(saleCluster?.articles, 3);
  });

  it('lists the same clusters in slices, pausing between articles', async () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': saleReworded, 'c.txt': `Der Winter war lang.\n${sale}` });
    let pauses = 0;
    const sliced = await index.clustersInSlices(async () => { pauses++; });
    assert.deepStrictEqual(sliced, index.clusters());
    assert.ok(pauses >= index.size, `${pauses} pauses`);
  });

  it('gives the contract\'s claims array', () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    const [claim] = index.contractClaims('a.txt');
    assert.deepStrictEqual(Object.keys(claim).sort(), ['end', 'matches', 'start', 'text']);
    assert.strictEqual(claim.text, sale);
    assert.deepStrictEqual(Object.keys(claim.matches[0]).sort(), ['end', 'path', 'score', 'start']);
    assert.deepStrictEqual(index.contractClaims('missing.txt'), []);
  });

  it('keeps matches when an article is renamed and drops them when it is removed', () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    assert.ok(index.rename('b.txt', 'sub/b.txt'));
    assert.deepStrictEqual(claimAt(index, 'a.txt', 'Nordline').matches.map(m => m.path), ['sub/b.txt']);
    assert.ok(index.remove('sub/b.txt'));
    assert.deepStrictEqual(claimAt(index, 'a.txt', 'Nordline').matches, []);
    assert.ok(!index.has('sub/b.txt'));
  });

  it('reuses cached analyses for unchanged texts and ignores caches it cannot read', () => {
    let analysed = 0;
    const analyze = (text: string) => { analysed++; return analysisOf(text); };
    const first = new CorpusIndex({ analyze });
    first.upsertMany([{ path: 'a.txt', text: sale }, { path: 'b.txt', text: saleReworded }, ...Object.entries(BACKGROUND).map(([path, text]) => ({ path, text }))]);
    const cache = first.toCache();
    analysed = 0;
    const warm = CorpusIndex.fromCache(cache, { analyze });
    warm.upsertMany([{ path: 'a.txt', text: sale }, { path: 'renamed.txt', text: saleReworded }, { path: 'new.txt', text: 'Ein ganz neuer Artikel über den Stadtwald und seine Bäume.' }]);
    assert.strictEqual(analysed, 1);
    assert.deepStrictEqual(warm.getArticle('renamed.txt')?.analysis, first.getArticle('b.txt')?.analysis);
    for (const broken of ['', '{', '{"format":"other"}', cache.replace('"version":"', '"version":"0')]) {
      analysed = 0;
      CorpusIndex.fromCache(broken, { analyze }).upsert('a.txt', sale);
      assert.strictEqual(analysed, 1);
    }
    analysed = 0;
    CorpusIndex.fromCache(cache, { analyze, cacheKey: 'another analysis' }).upsert('a.txt', sale);
    assert.strictEqual(analysed, 1);
  });

  it('gives the same claims, matches and conflicts from the cache as from the analysis, and writes the same cache again', () => {
    const text = (when: string) => `Verbindliche Angebote für die Kasseler Tram AG müssen ${when} eingereicht werden.`;
    const article = (when: string, value: string): [string, ArticleAnalysis] => [text(when), analysisOf(text(when), {
      dates: [{ text: when.replace(/^bis (zum )?/, ''), value }], entities: [{ text: 'Kasseler Tram AG', type: 'ORG' }],
    })];
    const articles = { 'a.txt': article('bis zum 15. September', '2026-09-15'), 'b.txt': article('bis Sonntag (20.9.)', '2026-09-20') };
    const fresh = indexWith(articles);
    const cache = fresh.toCache();
    const warm = CorpusIndex.fromCache(cache, { analyze: () => { throw new Error('analysed again'); } });
    warm.upsertMany(Object.entries({ ...BACKGROUND, ...articles }).map(([path, value]) => ({ path, text: typeof value === 'string' ? value : value[0] })));
    // Written again before any analysis was unpacked, the cache is the same.
    assert.strictEqual(warm.toCache(), cache);
    for (const path of fresh.paths()) assert.deepStrictEqual(warm.getClaims(path), fresh.getClaims(path), path);
    assert.deepStrictEqual(claimAt(warm, 'b.txt', 'Angebote').matches[0].conflicts, [{ kind: 'date', here: 'Sonntag (20.9.)', there: '15. September' }]);
    assert.deepStrictEqual(warm.getArticle('b.txt')?.analysis, fresh.getArticle('b.txt')?.analysis);
  });

  it('makes the records of cached claims when first needed; removing, editing or relinking before then loses nothing', () => {
    const items = Object.entries({ 'a.txt': sale, 'b.txt': saleReworded, ...BACKGROUND }).map(([path, text]) => ({ path, text }));
    const fresh = new CorpusIndex({ autoLinkArticles: 0 });
    fresh.upsertMany(items);
    const warm = CorpusIndex.fromCache(fresh.toCache(), { autoLinkArticles: 0 });
    warm.upsertMany(items);
    for (const index of [fresh, warm]) {
      index.remove(items[2].path);
      index.upsert(items[3].path, `${items[3].text}\nDie Stadt will die Tram AG verkaufen.`);
      index.relinkEntities();
    }
    assert.strictEqual(warm.getClaims('b.txt').length, fresh.getClaims('b.txt').length);
    for (const path of fresh.paths()) assert.deepStrictEqual(warm.getClaims(path), fresh.getClaims(path), path);
    assert.ok(warm.makeClaimRecords());
    assert.strictEqual(warm.toCache(), fresh.toCache());
  });

  it('takes a worker\'s packed digests as it takes cached claims: records made when needed, the same claims and cache', () => {
    const items = Object.entries({ 'a.txt': sale, 'b.txt': saleReworded, ...BACKGROUND }).map(([path, text]) => ({ path, text }));
    const inline = new CorpusIndex({ autoLinkArticles: 0 });
    inline.upsertMany(items);
    const packed = new CorpusIndex({ autoLinkArticles: 0, analyze: () => { throw new Error('analysed again'); } });
    // As a worker sends them: terms numbered once for all articles, each term's text sent once.
    const numbering = new TermNumbering({ rememberLists: true });
    let vocabulary = new WorkerVocabulary();
    packed.upsertMany(items.map(({ path, text }) => {
      const digest = packNumberedDigest(digestArticle(text, analyzeArticle(text, { sourcePath: path }), undefined, numbering), text);
      vocabulary = vocabulary.learn(numbering.takeNew());
      return { path, text, prepared: { ...digest, vocabulary } };
    }));
    let clock = 0;
    assert.strictEqual(packed.makeClaimRecords(0, () => clock++), false, 'no record is made at intake');
    for (const { path } of items) assert.deepStrictEqual(packed.getClaims(path), inline.getClaims(path), path);
    assert.strictEqual(packed.toCache(), inline.toCache());
    assert.deepStrictEqual(packed.getArticle('b.txt')?.analysis, inline.getArticle('b.txt')?.analysis);
  });

  it('reads the cached claims within a time budget, a few articles per call', () => {
    const items = Object.entries({ 'a.txt': sale, 'b.txt': saleReworded, ...BACKGROUND }).map(([path, text]) => ({ path, text }));
    const fresh = indexWith(Object.fromEntries(items.map(({ path, text }) => [path, text])));
    const warm = CorpusIndex.fromCache(fresh.toCache(), { analyze: () => { throw new Error('analysed again'); } });
    warm.upsertMany(items);
    let clock = 0;
    // Each look at the clock takes a millisecond: a 2 ms budget reads an article or two per call.
    const calls = [];
    for (let done = false; !done;) {
      done = warm.makeClaimRecords(2, () => clock++);
      calls.push(done);
    }
    assert.ok(calls.length > 2, `${calls.length} calls`);
    for (const { path } of items) assert.deepStrictEqual(warm.getClaims(path), fresh.getClaims(path), path);
  });

  it('lists an article\'s claims without matching them, reading only that article from the cache', () => {
    const items = Object.entries({ 'a.txt': sale, 'b.txt': saleReworded, ...BACKGROUND }).map(([path, text]) => ({ path, text }));
    const fresh = indexWith(Object.fromEntries(items.map(({ path, text }) => [path, text])));
    const warm = CorpusIndex.fromCache(fresh.toCache(), { analyze: () => { throw new Error('analysed again'); } });
    warm.upsertMany(items);
    // The claims of one article, as getClaims gives them less the matches.
    const refs = warm.getClaimRefs('b.txt');
    assert.deepStrictEqual(refs, fresh.getClaims('b.txt').map(({ matches: _matches, ...ref }) => ref));
    assert.ok(refs.some(ref => ref.attribution), 'attributions come along');
    assert.deepStrictEqual(warm.getClaimRefs('missing.txt'), []);
    // The other articles are still unread: a call with no time left finds them so (false) and reads none.
    let clock = 0;
    assert.strictEqual(warm.makeClaimRecords(0, () => clock++), false);
  });

  it('makes the same cache in slices, pausing between articles', async () => {
    const index = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    let pauses = 0;
    const lines = await index.cacheLinesInSlices(async () => { pauses++; });
    assert.strictEqual(lines.join('\n'), index.toCache());
    assert.strictEqual(pauses, index.size);
  });

  it('analyses again only the articles whose cache lines are damaged', () => {
    let analysed = 0;
    const analyze = (text: string) => { analysed++; return analysisOf(text); };
    const options = { analyze, autoLinkArticles: 0 };
    const first = new CorpusIndex(options);
    first.upsertMany([{ path: 'a.txt', text: sale }, { path: 'b.txt', text: saleReworded }]);
    // The header, then each article's digest line and analysis line, in indexing order.
    const lines = first.toCache().split('\n');
    assert.strictEqual(lines.length, 5);
    lines[1] = lines[1].slice(0, 40);
    lines[4] = '{"l":';
    analysed = 0;
    const warm = CorpusIndex.fromCache(lines.join('\n'), options);
    warm.upsertMany([{ path: 'a.txt', text: sale }, { path: 'b.txt', text: saleReworded }]);
    // Checksums find both (the analysis line's too, before anything of it is used).
    assert.strictEqual(analysed, 2);
    for (const path of ['a.txt', 'b.txt']) {
      assert.deepStrictEqual(warm.getClaims(path), first.getClaims(path));
      assert.deepStrictEqual(warm.getArticle(path)?.analysis, first.getArticle(path)?.analysis);
    }
  });

  it('gives what a fresh index gives from any cut or damaged cache (property)', () => {
    const texts = { 'a.txt': sale, 'b.txt': saleReworded, ...BACKGROUND };
    const items = Object.entries(texts).map(([path, text]) => ({ path, text }));
    const fresh = new CorpusIndex({ analyze: text => analysisOf(text), autoLinkArticles: 0 });
    fresh.upsertMany(items);
    const cache = fresh.toCache();
    fc.assert(fc.property(fc.nat(cache.length), fc.nat(cache.length), fc.string({ maxLength: 3 }), (cut, at, junk) => {
      const damaged = `${cache.slice(0, at)}${junk}${cache.slice(at, cut)}`;
      const warm = CorpusIndex.fromCache(damaged, { analyze: text => analysisOf(text), autoLinkArticles: 0 });
      warm.upsertMany(items);
      for (const { path } of items) {
        assert.deepStrictEqual(warm.getClaims(path), fresh.getClaims(path));
        assert.deepStrictEqual(warm.getArticle(path)?.analysis, fresh.getArticle(path)?.analysis);
      }
    }), { numRuns: 60 });
  });

  it('precomputes matches in slices that stop between two claims, with the same results', () => {
    const articles = {
      'a.txt': `${sale}\nDie Frist endet am 15. April.`,
      'b.txt': `Der Winter war lang.\n${saleReworded}\nDie Frist endet am 19. April.`,
      'c.txt': `${saleReworded}\nDas Werk beschäftigt 400 Menschen.`,
    };
    const expected = indexWith(articles);
    const sliced = indexWith(articles);
    // A clock that moves one tick per reading, and slices of one tick: each slice scores at most one claim.
    let clock = 0;
    const now = () => clock++;
    let slices = 1;
    while (!sliced.precomputeMatches(1, now)) slices++;
    const claims = sliced.paths().reduce((sum, path) => sum + sliced.getArticle(path)!.analysis.sentences.length, 0);
    assert.ok(slices > sliced.paths().length, `stopped inside articles: ${slices} slices`);
    assert.ok(slices <= claims + sliced.paths().length + 1, `${slices} slices for ${claims} claims`);
    for (const path of expected.paths()) assert.deepStrictEqual(sliced.getClaims(path), expected.getClaims(path), path);
  });

  it('matches one article in slices, interleaved with the precompute of others, without either undoing the other', () => {
    const articles = {
      'a.txt': `${sale}\nDie Frist endet am 15. April.\nDas Werk beschäftigt 400 Menschen.`,
      'b.txt': `Der Winter war lang.\n${saleReworded}\nDie Frist endet am 19. April.\nDas Werk hat 400 Beschäftigte.`,
    };
    const expected = indexWith(articles);
    const sliced = indexWith(articles);
    let clock = 0;
    const now = () => clock++;
    // Each call scores one claim: b.txt is done within its claim count, however the precompute's slices
    // (which start with a.txt) come in between.
    const claimsOfB = sliced.getArticle('b.txt')!.analysis.sentences.length;
    let calls = 1;
    // (Bounded: were the two to undo each other's progress, this would never end.)
    while (!sliced.matchArticle('b.txt', 1, now) && calls <= 10 * claimsOfB) {
      sliced.precomputeMatches(1, now);
      calls++;
    }
    assert.ok(calls > 1 && calls <= claimsOfB, `${calls} calls for ${claimsOfB} claims`);
    assert.ok(sliced.matchArticle('b.txt', 0, now), 'memoised: nothing left to do');
    assert.ok(sliced.matchArticle('missing.txt'));
    while (!sliced.precomputeMatches(1, now));
    for (const path of expected.paths()) assert.deepStrictEqual(sliced.getClaims(path), expected.getClaims(path), path);
  });

  it('leaves a changed article\'s matching for later when asked, and its partners then drop their matches', () => {
    const index = indexWith({ 'a.txt': sale });
    const matchedPaths = (path: string) => index.getClaims(path).flatMap(claim => claim.matches.map(match => match.path));
    for (const path of index.paths()) index.getClaims(path);
    let clock = 0;
    assert.ok(index.precomputeMatches(0, () => clock++), 'all matched');
    index.upsert('b.txt', saleReworded, undefined, { deferMatching: true });
    // a.txt's matches were memoised before b.txt came and do not know it yet.
    assert.ok(!matchedPaths('a.txt').includes('b.txt'));
    assert.strictEqual(index.precomputeMatches(0, () => clock++), false, 'b.txt is not matched yet');
    assert.ok(index.matchArticle('b.txt'));
    // b.txt's matching found a.txt, which dropped its matches and sees b.txt now.
    assert.ok(matchedPaths('a.txt').includes('b.txt'));
    const expected = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    while (!index.precomputeMatches(1, () => clock++));
    for (const path of expected.paths()) assert.deepStrictEqual(index.getClaims(path), expected.getClaims(path), path);
  });

  it('finishes the precompute only when a changed article\'s partners are matched again', () => {
    const index = indexWith({ 'a.txt': sale });
    while (!index.precomputeMatches());
    index.upsert('b.txt', saleReworded, undefined, { deferMatching: true });
    // One pass matches b.txt late (it came last), after a.txt, which b.txt's matching then makes drop its
    // matches: the pass must not report the corpus matched.
    let passes = 0;
    while (!index.precomputeMatches()) passes++;
    assert.strictEqual(passes, 1);
    const expected = indexWith({ 'a.txt': sale, 'b.txt': saleReworded });
    assert.deepStrictEqual(index.getClaims('a.txt'), expected.getClaims('a.txt'));
  });

  it('starts an unfinished article over when the corpus changes between slices', () => {
    const index = new CorpusIndex({ analyze: text => analysisOf(text), autoLinkArticles: 0 });
    // a.txt first, so the first slice stops inside it, after its sentence that matches b.txt.
    index.upsertMany([
      { path: 'a.txt', text: `${sale}\nDie Frist endet am 15. April.` },
      { path: 'b.txt', text: saleReworded },
      ...Object.entries(BACKGROUND).map(([path, text]) => ({ path, text })),
    ]);
    let clock = 0;
    assert.strictEqual(index.precomputeMatches(1, () => clock++), false);
    index.remove('b.txt');
    while (!index.precomputeMatches(1, () => clock++));
    const paths = index.getClaims('a.txt').flatMap(claim => claim.matches.map(match => match.path));
    assert.ok(!paths.includes('b.txt'), 'no match with the article removed between two slices');
  });

  describe('incremental updates (property)', () => {
    const SENTENCES = [
      sale, saleReworded,
      'Die Gewerkschaft ruft für Montag zu einem Warnstreik bei der Tram AG auf.',
      'Für Montag hat die Gewerkschaft einen ganztägigen Warnstreik bei der Tram AG angekündigt.',
      'Der Kaufpreis liegt nach Angaben der Stadt bei 175 Millionen Euro.',
      'Nach Angaben der Stadt soll Nordline 175 Millionen Euro zahlen.',
      'Die Stadtverordneten entscheiden Mitte November über den Verkauf.',
      'Über den Verkauf der Tram AG entscheidet der Stadtrat Mitte November.',
      'Am Wochenende wird es in Nordhessen sonnig und warm.',
    ];
    const article = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map(lines => lines.join('\n'));
    const path = fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd/e.txt');
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), path, text: article }),
      fc.record({ kind: fc.constant('remove' as const), path }),
      fc.record({ kind: fc.constant('rename' as const), path, to: path }),
    );
    const snapshot = (index: CorpusIndex) => index.paths().sort().map(p => [p, index.getClaims(p)]);

    const freshIndex = (texts: Map<string, string>) => {
      const fresh = new CorpusIndex({ analyze: text => analysisOf(text) });
      fresh.upsertMany([...texts].map(([p, text]) => ({ path: p, text })));
      return fresh;
    };

    it('ends where a fresh index of the same texts starts, and never points at what is gone', () => {
      fc.assert(fc.property(fc.array(operation, { maxLength: 12 }), operations => {
        const index = new CorpusIndex({ analyze: text => analysisOf(text) });
        const texts = new Map<string, string>();
        for (const op of operations) {
          if (op.kind === 'upsert') {
            const changed = index.upsert(op.path, op.text);
            texts.set(op.path, op.text);
            // The article just indexed is matched with the statistics of the whole corpus as it is now. An
            // unchanged text is not indexed again, and its matches keep the statistics they were made with.
            if (changed) assert.deepStrictEqual(index.getClaims(op.path), freshIndex(texts).getClaims(op.path));
          } else if (op.kind === 'remove') {
            index.remove(op.path);
            texts.delete(op.path);
          } else if (texts.has(op.path) && op.path !== op.to) {
            index.rename(op.path, op.to);
            texts.set(op.to, texts.get(op.path) as string);
            texts.delete(op.path);
          }
          for (const p of index.paths()) {
            for (const claim of index.getClaims(p)) {
              for (const match of claim.matches) {
                assert.ok(texts.has(match.path), `match points at missing ${match.path}`);
                assert.strictEqual(texts.get(match.path)?.slice(match.start, match.end), match.text);
              }
            }
          }
        }
        // Term statistics drift as articles come and go; recomputed matches are exactly a fresh index's.
        index.invalidateMatches();
        assert.deepStrictEqual(snapshot(index), snapshot(freshIndex(texts)));
      }), { numRuns: 150 });
    });
  });
});
