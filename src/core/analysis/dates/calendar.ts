// Plain calendar arithmetic on year-month-day triples. Everything runs in UTC so that the
// machine's time zone and daylight-saving changes can never shift a date by one day.

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number;
}

function toUtc(date: YMD): Date {
  const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
  utc.setUTCFullYear(date.year);
  return utc;
}

function fromUtc(utc: Date): YMD {
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Adds months and clamps the day to the target month's length (31 Jan + 1 month = 29 Feb). */
export function addMonths(date: YMD, months: number): YMD {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return fromUtc(new Date(Date.UTC(year, month, 0))).day;
}

/** 0 = Sunday … 6 = Saturday, as in `Date.getDay()` and chrono. */
export function weekdayOf(date: YMD): number {
  return toUtc(date).getUTCDay();
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: YMD): { year: number; week: number } {
  const isoDay = weekdayOf(date) || 7;
  const thursday = addDays(date, 4 - isoDay);
  const firstOfYear: YMD = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(firstOfYear).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days from one date to another: positive when `to` is later. */
export function daysFrom(from: YMD, to: YMD): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The Monday of an ISO 8601 week: week 1 is the one that holds 4 January. */
export function isoWeekMonday(year: number, week: number): YMD {
  const fourth: YMD = { year, month: 1, day: 4 };
  return addDays(fourth, 7 * (week - 1) - ((weekdayOf(fourth) || 7) - 1));
}

export function compareYmd(a: YMD, b: YMD): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The given weekday relative to `reference`: 'past' = the most recent one on or before it,
 * 'future' = the next one on or after it, 'last'/'next' = strictly before/after.
 */
export function resolveWeekday(reference: YMD, weekday: number, direction: 'past' | 'future' | 'last' | 'next' | 'thisWeek'): YMD {
  const today = weekdayOf(reference);
  switch (direction) {
    case 'past': return addDays(reference, -((today - weekday + 7) % 7));
    case 'future': return addDays(reference, (weekday - today + 7) % 7);
    case 'last': return addDays(reference, -(((today - weekday + 6) % 7) + 1));
    case 'next': return addDays(reference, ((weekday - today + 6) % 7) + 1);
    case 'thisWeek': {
      // ISO weeks run Monday (1) to Sunday (0 → 7).
      const isoToday = today || 7;
      const isoTarget = weekday || 7;
      return addDays(reference, isoTarget - isoToday);
    }
  }
}

/** The year that puts `month` closest to the reference month (chrono's convention for "im August"). */
export function closestYearForMonth(reference: YMD, month: number): number {
  const diff = month - reference.month;
  if (diff > 6) return reference.year - 1;
  if (diff < -6) return reference.year + 1;
  return reference.year;
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous algorithm (Meeus, "Astronomical Algorithms", ch. 8): the
 * Sunday after the ecclesiastical full moon on or after 21 March. Written out because no small, kept library
 * does only this; the movable feasts (Karfreitag, Pfingsten, Fronleichnam) are counted from it.
 */
export function easterSunday(year: number): YMD {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const weekdayShift = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const lateMoon = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const days = epact + weekdayShift - 7 * lateMoon + 114;
  return { year, month: Math.floor(days / 31), day: (days % 31) + 1 };
}

export function pad(value: number, width = 2): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}
