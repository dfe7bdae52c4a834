// Index terms as numbers. A digest numbers its claims' terms; a worker thread numbers them once for all
// the articles it digests, and sends each term's text only the first time, with the message that first
// uses it. The editor's thread then maps a worker's numbers to its index's own through an array instead
// of looking every term of every article up by its text (which, for strings just copied over from
// another thread, means hashing each anew: the largest part of the editor's work while a large corpus
// is indexed).

/** Terms a worker numbered since its last message, in number order. */
export interface NewTerms {
  /** The worker's numbering started again from 0 before these (its table had grown to its limit). */
  restart?: true;
  terms: string[];
}

/** Numbers terms in the order they come, 0, 1, 2…; the same term keeps its number. */
export class TermNumbering {
  private numbers = new Map<string, number>();
  /** Every term numbered, in number order. */
  terms: string[] = [];
  private sent = 0;
  private restartPending = false;
  /** Set with `rememberLists`. */
  private sortedNumbers: WeakMap<readonly string[], number[]> | undefined;
  private readonly limit: number;

  /**
   * Past `limit` terms, numbering starts again after the next `takeNew` (memory stays bounded). With
   * `rememberLists`, the numbers of a list of terms are kept for the list (see sortedNumbersOf): for a
   * numbering that serves many articles.
   */
  constructor({ limit = Infinity, rememberLists = false } = {}) {
    this.limit = limit;
    if (rememberLists) this.sortedNumbers = new WeakMap();
  }

  numberOf(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.terms.length;
      this.terms.push(term);
      this.numbers.set(term, number);
    }
    return number;
  }

  /**
   * The numbers of `terms`, ascending. With `rememberLists` they are kept for the list object: the claim
   * finder hands out the term lists it remembers for sentences met again, and looking up each of their
   * terms in a table of all the worker's terms costs more than in a table of one article's terms.
   */
  sortedNumbersOf(terms: readonly string[]): readonly number[] {
    let numbers = this.sortedNumbers?.get(terms);
    if (numbers === undefined) {
      numbers = terms.map(term => this.numberOf(term)).sort((a, b) => a - b);
      this.sortedNumbers?.set(terms, numbers);
    }
    return numbers;
  }

  /** The terms numbered since the last call: what the receiving side learns next (see WorkerVocabulary). */
  takeNew(): NewTerms {
    const update: NewTerms = { terms: this.terms.slice(this.sent) };
    if (this.restartPending) update.restart = true;
    this.sent = this.terms.length;
    this.restartPending = false;
    if (this.terms.length >= this.limit) {
      this.numbers = new Map();
      if (this.sortedNumbers) this.sortedNumbers = new WeakMap();
      this.terms = [];
      this.sent = 0;
      this.restartPending = true;
    }
    return update;
  }
}

/** A worker's numbered terms as its messages tell them: term number n is `terms[n]`. */
export class WorkerVocabulary {
  readonly terms: string[] = [];

  /** The vocabulary to read the next message's numbers with: this one grown, or a new one after a restart. */
  learn(update: NewTerms): WorkerVocabulary {
    const vocabulary = update.restart ? new WorkerVocabulary() : this;
    for (const term of update.terms) vocabulary.terms.push(term);
    return vocabulary;
  }
}
