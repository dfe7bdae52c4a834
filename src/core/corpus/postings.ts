// The inverted index: for every term, the claims that contain it. Lists are growable typed arrays
// (a 10,000-article corpus holds millions of postings, too many for arrays of objects). Removing an
// article only marks its claims dead; dead postings are skipped and swept out once they pile up.

export class PostingLists {
  private lists: Int32Array[] = [];
  private lengths: Int32Array = new Int32Array(1024);
  private deadPostings = 0;
  private livePostings = 0;

  add(term: number, claim: number): void {
    if (term >= this.lengths.length) this.lengths = grow(this.lengths, term + 1);
    let list = this.lists[term];
    const length = this.lengths[term];
    if (list === undefined) {
      list = new Int32Array(4);
      this.lists[term] = list;
    } else if (length === list.length) {
      list = grow(list, length + 1);
      this.lists[term] = list;
    }
    list[length] = claim;
    this.lengths[term] = length + 1;
    this.livePostings++;
  }

  /** The claims of a term; only the first `length` entries are valid, and some may be dead. */
  get(term: number): { list: Int32Array; length: number } {
    const list = this.lists[term];
    return list === undefined ? { list: EMPTY, length: 0 } : { list, length: this.lengths[term] };
  }

  /** Records that `count` postings now point at dead claims; sweeps when they outnumber live ones. */
  markDead(count: number, isAlive: (claim: number) => boolean): void {
    this.deadPostings += count;
    this.livePostings -= count;
    if (this.deadPostings > 50_000 && this.deadPostings > this.livePostings) this.sweep(isAlive);
  }

  sweep(isAlive: (claim: number) => boolean): void {
    for (let term = 0; term < this.lists.length; term++) {
      const list = this.lists[term];
      if (list === undefined) continue;
      let kept = 0;
      const length = this.lengths[term];
      for (let i = 0; i < length; i++) if (isAlive(list[i])) list[kept++] = list[i];
      this.lengths[term] = kept;
      if (kept === 0) delete this.lists[term];
    }
    this.deadPostings = 0;
  }

  /** Takes the lists a builder made (see PostingsBuilder). */
  install(lists: Int32Array[], lengths: Int32Array, total: number): void {
    this.lists = lists;
    this.lengths = lengths;
    this.livePostings = total;
    this.deadPostings = 0;
  }

  get size(): number {
    return this.livePostings;
  }
}

/**
 * New lists, each allocated at its final size (the caller knows it: a term's document frequency),
 * then filled posting by posting; the filling may be spread over several slices of time (the editor
 * does, at the end of loading a big corpus). A list is allocated when its first posting comes, so the
 * allocations are spread over the slices too: a large corpus has a few hundred thousand lists.
 */
export class PostingsBuilder {
  private readonly lists: Int32Array[] = [];
  private readonly filled: Int32Array;

  constructor(termCount: number, private readonly sizeOf: (term: number) => number) {
    this.filled = new Int32Array(Math.max(termCount, 1024));
  }

  fill(term: number, claim: number): void {
    let list = this.lists[term];
    if (list === undefined) {
      const size = term < this.filled.length ? this.sizeOf(term) : 0;
      if (size <= 0) return;
      list = this.lists[term] = new Int32Array(size);
    }
    // A size that fell short (the corpus changed meanwhile) is caught by the caller's rebuild; never write past a list.
    if (this.filled[term] < list.length) list[this.filled[term]++] = claim;
  }

  installInto(postings: PostingLists): void {
    let total = 0;
    for (let term = 0; term < this.filled.length; term++) total += this.filled[term];
    postings.install(this.lists, this.filled, total);
  }
}

/**
 * A small multiset of ids in a growable typed array: a fraction of a Set's memory, for the many
 * short lists the index keeps per article (which articles' matches point at it).
 */
export class IdList {
  private data = new Int32Array(4);
  private size = 0;

  add(id: number): void {
    if (this.size === this.data.length) this.data = grow(this.data, this.size + 1);
    this.data[this.size++] = id;
  }

  /** Removes one occurrence of `id`, if any (the order of the others may change). */
  delete(id: number): void {
    for (let i = 0; i < this.size; i++) {
      if (this.data[i] !== id) continue;
      this.data[i] = this.data[--this.size];
      return;
    }
  }

  values(): Int32Array {
    return this.data.subarray(0, this.size);
  }
}

const EMPTY = new Int32Array(0);

export function grow<T extends Int32Array | Float64Array | Float32Array | Uint8Array>(array: T, minLength: number): T {
  let length = Math.max(8, array.length);
  while (length < minLength) length *= 2;
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
