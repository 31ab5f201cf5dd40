import { createHmac, randomBytes } from 'node:crypto';
import { isPlausibleCpr, isValidFnr } from '../../../shared/screening/index.ts';
import { CPR_PATTERN, FNR_PATTERN } from '../../../shared/screening/patterns.ts';

/** A fresh per-municipality pseudonym key (256 bits, hex). */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Keyed pseudonyms (HMAC-SHA256 with the municipality's secret). The same case id gives the same
 * pseudonym in every import of the municipality, so logs can be compared, but without the key
 * nobody can go from pseudonym back to case id, nor test a guessed id against it.
 */
export class Pseudonymiser {
  private readonly key: Buffer;
  private readonly people = new Map<string, string>();

  constructor(secretHex: string) {
    this.key = Buffer.from(secretHex, 'hex');
  }

  /** `C-` and 16 base64url characters (96 bits): collisions are out of reach for any log. */
  caseKey(caseId: string): string {
    return `C-${this.mac(`case:${caseId}`).subarray(0, 12).toString('base64url')}`;
  }

  /** `P-` and 10 hex characters; cached, as a log names the same people over and over. */
  personKey(name: string): string {
    if (name === '') return '';
    let key = this.people.get(name);
    if (key === undefined) {
      key = `P-${this.mac(`person:${name}`).subarray(0, 5).toString('hex')}`;
      this.people.set(name, key);
    }
    return key;
  }

  private mac(text: string): Buffer {
    return createHmac('sha256', this.key).update(text).digest();
  }
}

/**
 * True when `text` holds something that reads as a Danish CPR number or a valid Norwegian
 * fødselsnummer/D-number, with the same boundaries and validation as the free-text screening
 * (shared/screening). Cheap for the common case: fewer than ten digits is an immediate no.
 */
export function containsNationalId(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length && digits < 10; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 10) return false;
  for (const m of text.matchAll(FNR_PATTERN)) {
    if (isValidFnr(`${m[1]}${m[2]}`)) return true;
  }
  for (const m of text.matchAll(CPR_PATTERN)) {
    if (isPlausibleCpr(`${m[1]}${m[2]}`)) return true;
  }
  return false;
}
