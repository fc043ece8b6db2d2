/** Fake but well-formed 18-character Salesforce ids, deterministic per object and sequence number. */
import { ID_PREFIXES, type DatasetObject, type SfId } from './types';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
/** Characters 4–8 of every fake id: a pod-like marker that no real org uses ("Ex" + zeros). */
const MARKER = 'Ex000';

/** The 3-character case-safe suffix Salesforce appends to a 15-character id. */
export function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** The `sequence`-th (1-based) fake id of `object`: prefix + "Ex000" + 7 base-62 digits + case-safe suffix. */
export function fakeId(object: DatasetObject, sequence: number): SfId {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 62 ** 7)
    throw new Error(`bad sequence ${sequence}`);
  let digits = '';
  for (let n = sequence; n > 0; n = Math.floor(n / 62)) digits = BASE62.charAt(n % 62) + digits;
  const id15 = ID_PREFIXES[object] + MARKER + digits.padStart(7, '0');
  return id15 + caseSafeSuffix(id15);
}

/** True for ids made by `fakeId` (any object). */
export function isFakeId(value: unknown): value is SfId {
  return typeof value === 'string' && /^[a-zA-Z0-9]{3}Ex000[0-9A-Za-z]{7}[A-Z0-5]{3}$/.test(value);
}

/** The object a fake id belongs to, from its key prefix. */
export function objectOfId(id: SfId): DatasetObject | undefined {
  const prefix = id.slice(0, 3);
  return (Object.keys(ID_PREFIXES) as DatasetObject[]).find((object) => ID_PREFIXES[object] === prefix);
}

/** Hands out consecutive fake ids for one object. */
export function idSequence(object: DatasetObject): () => SfId {
  let next = 1;
  return () => fakeId(object, next++);
}
