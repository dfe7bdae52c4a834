// Threads that analyse parts of one corpus meet the same recurring text: papers print the same agency copy,
// and each worker thread would tag, date and judge every such sentence once for itself. A memo made with a
// shared name offers what it keeps to the other threads, which adopt it; each sentence is then worked out
// about once for the whole corpus. The offers wait in an outbox until the thread posts them (see
// indexWorker.ts); a thread that never starts sharing keeps no outbox.

/** Memo entries in a row: the memo's shared name, the key, the value; then the next entry. */
export type SharedMemoEntries = unknown[];

/** What a memo does with an entry another thread kept. */
export interface AdoptingMemo {
  adopt(key: string, value: unknown): void;
}

const memos = new Map<string, AdoptingMemo>();
let outbox: unknown[] | undefined;

/** Makes memos with shared names offer what they keep (see takeOfferedEntries). */
export function startSharingMemos(): void {
  outbox ??= [];
}

/** Drops the outbox and stops offering (for tests: a worker shares for its whole life). */
export function stopSharingMemos(): void {
  outbox = undefined;
}

/** The memo that adopts entries offered under `name` (a newer one replaces it: memos are forgotten by replacing them). */
export function registerSharedMemo(name: string, memo: AdoptingMemo): void {
  memos.set(name, memo);
}

/** Offers an entry a memo has just kept; values must survive the structured clone (plain data). */
export function offerMemoEntry(name: string, key: string, value: unknown): void {
  outbox?.push(name, key, value);
}

/** The entries offered since the last call, to post to the other threads. */
export function takeOfferedEntries(): SharedMemoEntries {
  if (!outbox || outbox.length === 0) return [];
  const taken = outbox;
  outbox = [];
  return taken;
}

/** Gives each entry another thread offered to this thread's memo of that name; entries of memos not made here are dropped. */
export function adoptOfferedEntries(entries: SharedMemoEntries): void {
  for (let i = 0; i + 2 < entries.length; i += 3) memos.get(entries[i] as string)?.adopt(entries[i + 1] as string, entries[i + 2]);
}
