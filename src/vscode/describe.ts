// Words for what the analysis found, in the UI language: entity types, dates written out
// ("Sonntag, 13. September 2020", "Mitte November 2026", "2 Jahre und 6 Monate"), quantities
// ("175 Millionen €"). Calendar and number formats come from Intl for `vscode.env.language`; the few
// phrases Intl does not have come from the l10n bundle.
import * as vscode from 'vscode';
import type { DateMention, EntityType, QuantityMention } from '../core/analysis/types';
import { parseTimex, type ClockTime, type DurationParts, type PartOfDay, type Season, type Timex } from '../core/text/timex';

export function uiLocale(): string {
  return vscode.env.language || 'en';
}

export function entityTypeName(type: EntityType): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('Person');
    case 'ORG': return vscode.l10n.t('Organisation');
    case 'LOC': return vscode.l10n.t('Place');
    case 'MISC': return vscode.l10n.t('Other name');
  }
}

export function entityTypeGroupName(type: EntityType): string {
  switch (type) {
    case 'PER': return vscode.l10n.t('People');
    case 'ORG': return vscode.l10n.t('Organisations');
    case 'LOC': return vscode.l10n.t('Places');
    case 'MISC': return vscode.l10n.t('Other names');
  }
}

export function entityTypeIcon(type: EntityType): vscode.ThemeIcon {
  const color = new vscode.ThemeColor(ENTITY_COLOR_IDS[type]);
  switch (type) {
    case 'PER': return new vscode.ThemeIcon('person', color);
    case 'ORG': return new vscode.ThemeIcon('organization', color);
    case 'LOC': return new vscode.ThemeIcon('location', color);
    case 'MISC': return new vscode.ThemeIcon('symbol-misc', color);
  }
}

/** Theme colour ids contributed in package.json (contributes.colors). */
export const ENTITY_COLOR_IDS: Record<EntityType, string> = {
  PER: 'newsAnnotator.personForeground',
  ORG: 'newsAnnotator.organisationForeground',
  LOC: 'newsAnnotator.placeForeground',
  MISC: 'newsAnnotator.otherNameForeground',
};

/** A date mention's value in words, with its mod ("Mitte …") and for SETs the repetition. */
export function describeDate(date: Pick<DateMention, 'value' | 'mod' | 'kind'>, locale = uiLocale()): string {
  const described = withMod(describeTimex(parseTimex(date.value), locale), date.mod);
  return date.kind === 'SET' ? vscode.l10n.t('repeating: {0}', described) : described;
}

function withMod(text: string, mod: string | undefined): string {
  switch (mod) {
    case 'START': return vscode.l10n.t('early {0}', text);
    case 'MID': return vscode.l10n.t('mid-{0}', text);
    case 'END': return vscode.l10n.t('late {0}', text);
    case 'APPROX': return vscode.l10n.t('around {0}', text);
    default: return text;
  }
}

export function describeTimex(timex: Timex, locale = uiLocale()): string {
  switch (timex.kind) {
    case 'day': return withTimeOfDay(formatDay(timex.year, timex.month, timex.day, locale, timex.time), timex.partOfDay);
    case 'month': return utcFormat(locale, { month: 'long', year: 'numeric' }).format(utc(timex.year, timex.month, 1));
    case 'year': return String(timex.year);
    case 'decade': return vscode.l10n.t('the {0}s', String(timex.year));
    case 'century': return `${timex.year}–${timex.year + 99}`;
    case 'week': {
      const label = timex.weekend
        ? vscode.l10n.t('weekend of week {0}, {1}', timex.week, String(timex.year))
        : vscode.l10n.t('week {0}, {1}', timex.week, String(timex.year));
      return label;
    }
    case 'quarter': return vscode.l10n.t('quarter {0} of {1}', timex.quarter, String(timex.year));
    case 'half': return timex.half === 1
      ? vscode.l10n.t('first half of {0}', String(timex.year))
      : vscode.l10n.t('second half of {0}', String(timex.year));
    case 'season': return seasonName(timex.season, timex.year);
    case 'partial': return describePartial(timex, locale);
    case 'duration': return describeDuration(timex.parts, locale);
    case 'reference': return timex.ref === 'present' ? vscode.l10n.t('now')
      : timex.ref === 'past' ? vscode.l10n.t('in the past') : vscode.l10n.t('in the future');
    // "XXXX" and other values with unknown parts that fit no pattern: say so rather than show the code.
    case 'unknown': return timex.raw.includes('X') ? vscode.l10n.t('not resolved to a date') : timex.raw;
  }
}

function formatDay(year: number, month: number, day: number, locale: string, time?: ClockTime): string {
  if (!time) return utcFormat(locale, { dateStyle: 'full' }).format(utc(year, month, day));
  return utcFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(utc(year, month, day, time));
}

function withTimeOfDay(text: string, part: PartOfDay | undefined): string {
  return part ? `${text}, ${partOfDayName(part)}` : text;
}

function partOfDayName(part: PartOfDay): string {
  switch (part) {
    case 'MO': return vscode.l10n.t('in the morning');
    case 'MI': return vscode.l10n.t('at midday');
    case 'AF': return vscode.l10n.t('in the afternoon');
    case 'EV': return vscode.l10n.t('in the evening');
    case 'NI': return vscode.l10n.t('at night');
    case 'DT': return vscode.l10n.t('during the day');
  }
}

function seasonName(season: Season, year: number): string {
  switch (season) {
    case 'SP': return vscode.l10n.t('spring {0}', String(year));
    case 'SU': return vscode.l10n.t('summer {0}', String(year));
    case 'FA': return vscode.l10n.t('autumn {0}', String(year));
    case 'WI': return vscode.l10n.t('winter {0}/{1}', String(year), String(year + 1));
  }
}

function describePartial(timex: Extract<Timex, { kind: 'partial' }>, locale: string): string {
  // A leap year with a known weekday on 1 January (2024: Monday) stands in for the unknown year.
  const parts: string[] = [];
  if (timex.weekday !== undefined) {
    parts.push(utcFormat(locale, { weekday: 'long' }).format(utc(2024, 1, timex.weekday)));
  } else if (timex.month !== undefined && timex.day !== undefined) {
    parts.push(utcFormat(locale, { day: 'numeric', month: 'long' }).format(utc(2024, timex.month, timex.day)));
  } else if (timex.month !== undefined) {
    parts.push(utcFormat(locale, { month: 'long' }).format(utc(2024, timex.month, 1)));
  } else if (timex.season !== undefined) {
    parts.push(seasonWord(timex.season));
  }
  if (timex.time) parts.push(utcFormat(locale, { timeStyle: 'short' }).format(utc(2024, 1, 1, timex.time)));
  if (timex.partOfDay) parts.push(partOfDayName(timex.partOfDay));
  return parts.length ? vscode.l10n.t('{0} (not resolved to a date)', parts.join(', ')) : vscode.l10n.t('not resolved to a date');
}

function seasonWord(season: Season): string {
  switch (season) {
    case 'SP': return vscode.l10n.t('spring');
    case 'SU': return vscode.l10n.t('summer');
    case 'FA': return vscode.l10n.t('autumn');
    case 'WI': return vscode.l10n.t('winter');
  }
}

const DURATION_UNITS: [keyof DurationParts, string][] = [
  ['years', 'year'], ['months', 'month'], ['weeks', 'week'], ['days', 'day'],
  ['hours', 'hour'], ['minutes', 'minute'], ['seconds', 'second'],
];

function describeDuration(parts: DurationParts, locale: string): string {
  const phrases = DURATION_UNITS
    .filter(([key]) => parts[key] !== undefined)
    .map(([key, unit]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(parts[key]!));
  if (phrases.length === 0) return vscode.l10n.t('a period of time');
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(phrases);
}

/** A quantity written out: "175.000.000 € (175 Millionen €)", "3,2 %", "etwa 1.200 Beschäftigte". */
export function describeQuantity(quantity: Pick<QuantityMention, 'value' | 'unit' | 'approx'>, locale = uiLocale()): string {
  const text = formatQuantity(quantity.value, quantity.unit, locale);
  return quantity.approx ? vscode.l10n.t('about {0}', text) : text;
}

function formatQuantity(value: number, unit: string | undefined, locale: string): string {
  const fractionDigits = Number.isInteger(value) ? 0 : 2;
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    try {
      const full = new Intl.NumberFormat(locale, { style: 'currency', currency: unit, maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
      if (Math.abs(value) < 1_000_000) return full;
      return `${compactMoney(value, unit, locale)} (${full})`;
    } catch {
      // Not a currency Intl knows: fall through to number and unit.
    }
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  if (unit === '%') return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 3 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/**
 * "175 Millionen €", "€175 million": Intl has no long compact form for currencies, so the compact number
 * and the currency symbol are put together in the order the locale writes money.
 */
function compactMoney(value: number, currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const symbol = parts.find(p => p.type === 'currency')?.value ?? currency;
  const symbolFirst = parts.findIndex(p => p.type === 'currency') < parts.findIndex(p => p.type === 'integer');
  const amount = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  return symbolFirst ? `${symbol}${amount}` : `${amount} ${symbol}`;
}

function utc(year: number, month: number, day: number, time?: ClockTime): Date {
  return new Date(Date.UTC(year, month - 1, day, time?.hour ?? 12, time?.minute ?? 0));
}

const formats = new Map<string, Intl.DateTimeFormat>();

function utcFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

/** A publication date ("YYYY-MM-DD" or "YYYY-MM") for a tree label: "9. März 2026", "März 2026". */
export function formatPublished(published: string, locale = uiLocale()): string {
  const timex = parseTimex(published);
  if (timex.kind === 'day') return utcFormat(locale, { dateStyle: 'long' }).format(utc(timex.year, timex.month, timex.day));
  return describeTimex(timex, locale);
}

/** A count with the UI language's digit grouping ("1.200"). */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(uiLocale()).format(count);
}

export function matchesLabel(count: number): string {
  return count === 1 ? vscode.l10n.t('1 match') : vscode.l10n.t('{0} matches', formatCount(count));
}

export function disagreementsLabel(count: number): string {
  return count === 1 ? vscode.l10n.t('1 disagreement') : vscode.l10n.t('{0} disagreements', formatCount(count));
}

/** Text shown as itself inside Markdown (hovers, tooltips): no emphasis, links or $(icons) made from it. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}
