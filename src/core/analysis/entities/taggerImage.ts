// The tagger's weights in the form it reads them: a word's features come in families ("-1s3=ung", "0w=Kiel"),
// and the tagger looks each family up once per new word, by its value ("ung", "Kiel"), for all the family's
// offsets at once; "t1sh=<previous tag>|<shape>" and "t1l=<previous tag>|<lower-cased word>" are looked up once
// per word for all previous tags. So the weights are grouped: per group, a table of its values (a
// LaidOutTable) and per value its weights, N for each of its parts (offsets or previous tags) that has any:
// most values have features at a few of their parts only (of the two largest groups' parts, 38 % and 16 % hold
// weights). The model file stores this image as it is, so loading it sorts and hashes nothing.
import { FAMILY_OFFSETS, OFFSETS, TAG_COUNT, TAGS } from './features';
import { LaidOutTable, layOutTable, type TableLayout } from '../../text/laidOutTable';

const N = TAG_COUNT;

/** Weights per feature, one entry per tag. */
export type WeightTable = Map<string, ArrayLike<number>>;

/**
 * One group: the table of its values, and their weights, value by value in the table's order. Once read, each
 * value's entry in the table (LaidOutTable.valueOf) says where its weights start and which parts it fills (see
 * packedPlace), so a lookup's one slot tells all.
 */
export interface FeatureGroup<Table = LaidOutTable> {
  values: Table;
  /** Parts per value: a family's offsets, or N previous tags. */
  parts: number;
  /** Per value, a bit per part that has weights (bit k for part k). */
  filled: Uint16Array;
  /** N weights per filled part, part by part and value by value. */
  weights: Float32Array;
}

/** Bits of a packed place (see packedPlace) that hold the parts a value fills: as many as a group has parts at most. */
export const PART_BITS = N;
export const PART_MASK = (1 << PART_BITS) - 1;

/** Where a value's weights start and the parts it fills, as one number (start · 2^PART_BITS + filled). */
function packedPlace(start: number, filled: number): number {
  return start * (1 << PART_BITS) + filled;
}

/** The groups of an image by name: a family's name ("s3", "w"), or PREVIOUS_TAG_GROUPS' "t1sh", "t1l". */
export interface TaggerImage<Table = LaidOutTable> {
  groups: Map<string, FeatureGroup<Table>>;
  /** The features in no group ("bias", "t1=O", "-2w=<S>", "g0=LOC", …) and their weights. */
  others: Map<string, Float32Array>;
}

/** Previous-tag groups: their values are "<shape>" and "<lower-cased word>", each with an N × N block. */
export const PREVIOUS_TAG_GROUPS = ['t1sh', 't1l'] as const;

/** The parts of each group's values: a family's offsets, or the N previous tags. */
function groupParts(): Map<string, number> {
  const parts = new Map<string, number>();
  for (const [family, offsets] of Object.entries(FAMILY_OFFSETS)) parts.set(family, offsets.length);
  for (const group of PREVIOUS_TAG_GROUPS) parts.set(group, N);
  for (const [group, count] of parts) if (count > PART_BITS) throw new Error(`the group ${group} has more parts than a packed place has bits`);
  return parts;
}

/**
 * Files each value's packed place (see packedPlace) in the group's table, after checking that the table, the
 * parts and the weights agree; a group read from a damaged file throws.
 */
export function placeValues(group: FeatureGroup): FeatureGroup {
  const { values, parts, filled, weights } = group;
  if (parts > PART_BITS || filled.length !== values.size) throw new Error('a feature group\'s parts do not match its values');
  if (weights.length >= 2 ** (31 - PART_BITS)) throw new Error('a feature group too large to pack its places');
  const places = new Int32Array(filled.length);
  let at = 0;
  for (let value = 0; value < filled.length; value++) {
    if (filled[value] >> parts !== 0) throw new Error('a feature group\'s value fills parts it does not have');
    places[value] = packedPlace(at, filled[value]);
    for (let bits = filled[value]; bits !== 0; bits &= bits - 1) at += N;
  }
  if (at !== weights.length) throw new Error('a feature group\'s weights do not match its values');
  values.setValues(places);
  return group;
}

/** Where a feature goes: its group, its value, and its part of the value; null for the others. */
function placeOf(name: string): { group: string; value: string; part: number } | null {
  const eq = name.indexOf('=');
  if (eq < 0) return null;
  const prefix = name.slice(0, eq);
  const family = /^(-?\d)(.+)$/.exec(prefix);
  if (family) {
    const offsets = FAMILY_OFFSETS[family[2]];
    const position = offsets ? offsets.indexOf(Number(family[1])) : -1;
    return position >= 0 ? { group: family[2], value: name.slice(eq + 1), part: position } : null;
  }
  if (!(PREVIOUS_TAG_GROUPS as readonly string[]).includes(prefix)) return null;
  const bar = name.indexOf('|', eq);
  const tag = bar < 0 ? -1 : TAGS.indexOf(name.slice(eq + 1, bar) as (typeof TAGS)[number]);
  return tag >= 0 ? { group: prefix, value: name.slice(bar + 1), part: tag } : null;
}

/** Groups a weight table's features (see TaggerImage); each group's values laid out as a table. */
export function imageOf(weights: WeightTable): TaggerImage<TableLayout> {
  const placed = new Map<string, Map<string, [part: number, weights: ArrayLike<number>][]>>();
  const others = new Map<string, Float32Array>();
  for (const [name, w] of weights) {
    const place = placeOf(name);
    if (!place) {
      others.set(name, Float32Array.from(w));
      continue;
    }
    let values = placed.get(place.group);
    if (!values) placed.set(place.group, (values = new Map()));
    let features = values.get(place.value);
    if (!features) values.set(place.value, (features = []));
    features.push([place.part, w]);
  }
  const groups = new Map<string, FeatureGroup<TableLayout>>();
  for (const [group, parts] of groupParts()) {
    const values = placed.get(group) ?? new Map<string, [number, ArrayLike<number>][]>();
    const keys = [...values.keys()];
    const { layout, order } = layOutTable(keys);
    const filled = new Uint16Array(keys.length);
    const weights: number[] = [];
    order.forEach((index, rank) => {
      const features = values.get(keys[index])!.sort(([a], [b]) => a - b);
      for (const [part, w] of features) {
        filled[rank] |= 1 << part;
        for (let t = 0; t < N; t++) weights.push(w[t]);
      }
    });
    groups.set(group, { values: layout, parts, filled, weights: Float32Array.from(weights) });
  }
  return { groups, others };
}

/** An image whose tables are laid out (as imageOf or a model file gives it), ready for lookups. */
export function readImage(image: TaggerImage<TableLayout>): TaggerImage {
  const groups = new Map<string, FeatureGroup>();
  for (const [name, group] of image.groups) groups.set(name, placeValues({ ...group, values: new LaidOutTable(group.values) }));
  return { groups, others: image.others };
}

/** The offsets of a family's block, as indexes into OFFSETS (the tagger sums a word's weights per offset). */
export function familySlots(family: string): number[] {
  return FAMILY_OFFSETS[family].map(offset => OFFSETS.indexOf(offset as (typeof OFFSETS)[number]));
}
