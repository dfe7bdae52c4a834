// Where two matched claims disagree: a date of the same role ("bis zum 15. April" against "bis zum
// Sonntag (19.4.)") or a quantity of the same unit ("100 Millionen Euro" against "175 Millionen
// Euro") with different values. The same value in other words is agreement, not conflict: dates
// are compared by their resolved value, quantities by value and unit.
import type { ContractConflict } from '../contract';
import type { DateMention, QuantityMention, Span } from '../analysis/types';

export type DateRole = 'until' | 'since' | 'from' | 'at';

export interface ClaimDate {
  text: string;
  /** Resolved TIMEX value at the granularity written ("2026-04-19", "2026-04"). */
  value: string;
  role: DateRole;
}

export interface ClaimQuantity {
  text: string;
  value: number;
  /** Normalised unit ("EUR", "%", or a lower-cased counted noun). */
  unit: string;
  approx: boolean;
}

export interface ClaimFacts {
  dates: ClaimDate[];
  quantities: ClaimQuantity[];
}

const ROLE_CUES: Array<[DateRole, RegExp]> = [
  ['until', /\b(?:bis|spätestens|until|till|by|no later than)(?:\s+(?:zum|zur|spätestens|einschließlich|ende|mitte|anfang|the|end of|mid-?))?\s*(?:am|zum|on|the)?\s*$/iu],
  ['since', /\b(?:seit|since)\s*(?:dem|der|the)?\s*$/iu],
  ['from', /\b(?:ab|von|from|starting|beginning|as of|effective)\s*(?:dem|der|the|on)?\s*$/iu],
];
/** Words that make any date in their clause a deadline ("Die Frist endet am Sonntag"). */
const DEADLINE_CLAUSE = /(?:frist|deadline|\bdue\b|\bendet\b|\benden\b|\bläuft\b|\bablauf|\bexpires?\b|\bspätestens\b)/iu;

/** The role a date plays, read from the words before it in its clause. */
export function dateRole(text: string, mention: Span): DateRole {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  for (const [role, cue] of ROLE_CUES) if (cue.test(before)) return role;
  const clause = before.slice(Math.max(0, ...[',', ';', ':', '.', '!', '?', '\n'].map(mark => before.lastIndexOf(mark) + 1)));
  return DEADLINE_CLAUSE.test(clause) ? 'until' : 'at';
}

/** The dates and quantities of a claim that can be compared, skipping those inside its reporting frame. */
export function claimFacts(
  text: string, claim: Span, dates: readonly DateMention[], quantities: readonly QuantityMention[], frames: readonly Span[] = [],
): ClaimFacts {
  const inside = (mention: Span) => mention.start >= claim.start && mention.end <= claim.end
    && !frames.some(frame => mention.start >= frame.start && mention.end <= frame.end);
  return {
    dates: dates
      .filter(date => date.kind === 'DATE' && inside(date) && /^\d{4}-\d{2}/.test(date.value))
      .map(date => ({ text: date.text, value: date.value, role: dateRole(text, date) })),
    quantities: quantities
      .filter(quantity => inside(quantity) && quantity.unit)
      .map(quantity => ({ text: quantity.text, value: quantity.value, unit: normaliseUnit(quantity.unit ?? ''), approx: quantity.approx === true })),
  };
}

function normaliseUnit(unit: string): string {
  return unit.length <= 3 ? unit.toUpperCase() : unit.toLowerCase();
}

/** The number of values both claims state alike (a date, or a quantity with its unit). */
export function sharedFacts(here: ClaimFacts, there: ClaimFacts): number {
  let shared = 0;
  for (const date of here.dates) if (there.dates.some(other => datesAgree(date.value, other.value))) shared++;
  for (const quantity of here.quantities) if (there.quantities.some(other => quantitiesAgree(quantity, other))) shared++;
  return shared;
}

/**
 * A date written only in words relative to the publication date ("heute", "am Sonntag", "last week")
 * is as right as the publication date it was resolved against, which is often not known to the day:
 * such dates support a match but are never reported as contradicting a date written out.
 */
const WRITTEN_OUT_DATE = /\d|\b(?:jan(?:uar|uary)?|jänner|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)\b/iu;

export function isWrittenOutDate(text: string): boolean {
  return WRITTEN_OUT_DATE.test(text);
}

export function findConflicts(here: ClaimFacts, there: ClaimFacts): ContractConflict[] {
  const conflicts: ContractConflict[] = [];
  for (const role of ['until', 'since', 'from', 'at'] as const) {
    const mine = here.dates.filter(date => date.role === role && isWrittenOutDate(date.text));
    const theirs = there.dates.filter(date => date.role === role && isWrittenOutDate(date.text));
    const conflict = firstDisagreement(mine, theirs, datesAgreeAsWritten, (a, b) => precision(a.value) === precision(b.value));
    if (conflict) conflicts.push({ kind: 'date', here: describe(conflict[0], conflict[1]), there: describe(conflict[1], conflict[0]) });
  }
  const units = new Set(here.quantities.map(quantity => quantity.unit));
  for (const unit of units) {
    const mine = here.quantities.filter(quantity => quantity.unit === unit);
    const theirs = there.quantities.filter(quantity => quantity.unit === unit);
    const conflict = firstDisagreement(mine, theirs, quantitiesAgree, () => true);
    if (conflict) conflicts.push({ kind: 'quantity', here: conflict[0].text, there: conflict[1].text });
  }
  return conflicts;
}

/**
 * Two lists disagree when each says something the other does not, and the two can be compared.
 * One side naming an extra value ("175 Millionen, nicht 100 Millionen") is not a conflict by itself.
 */
function firstDisagreement<T>(
  mine: T[], theirs: T[], agree: (a: T, b: T) => boolean, comparable: (a: T, b: T) => boolean,
): [T, T] | undefined {
  if (mine.length === 0 || theirs.length === 0) return undefined;
  const onlyMine = mine.filter(a => !theirs.some(b => agree(a, b)));
  const onlyTheirs = theirs.filter(b => !mine.some(a => agree(a, b)));
  for (const a of onlyMine) {
    for (const b of onlyTheirs) if (comparable(a, b)) return [a, b];
  }
  return undefined;
}

/**
 * A year that neither article writes was inferred from its publication date and tense, and inference
 * can err ("Mitte November" read as this November in one article, last November in another): without a
 * written year, dates agree when their month and day do.
 */
function datesAgreeAsWritten(a: ClaimDate, b: ClaimDate): boolean {
  if (datesAgree(a.value, b.value)) return true;
  const yearWritten = (date: ClaimDate) => /\b\d{4}\b|'\d{2}\b/.test(date.text);
  return !yearWritten(a) && !yearWritten(b) && datesAgree(a.value.slice(5), b.value.slice(5));
}

/** Dates agree when one contains the other: "2026-04" and "2026-04-19" do not contradict each other. */
function datesAgree(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function precision(value: string): number {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? 3 : /^\d{4}-\d{2}/.test(value) ? 2 : 1;
}

function quantitiesAgree(a: ClaimQuantity, b: ClaimQuantity): boolean {
  if (a.unit !== b.unit) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  const tolerance = a.approx || b.approx ? 0.05 : 1e-9;
  return Math.abs(a.value - b.value) / scale <= tolerance;
}

function describe(date: ClaimDate, other: ClaimDate): string {
  // Two writings that read alike ("Montag") but resolve differently need their values shown.
  return date.text.trim().toLowerCase() === other.text.trim().toLowerCase() ? `${date.text} (${formatDate(date.value)})` : date.text;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1] ?? match[2];
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}
