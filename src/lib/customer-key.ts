// Access keys of customer workspaces: the unguessable part of the unlisted URL
// /customers/<key>/. A new key carries 128 bits from the system's secure random source; a key
// written by hand must carry at least as many, judged by its length and the letters it uses.

export const KEY_BITS = 128;

const HEX = /^[0-9a-f]+$/;
const BASE32 = /^[a-z2-7]+$/;
const URL_SAFE = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A fresh key: 32 lowercase hex digits, 128 bits from crypto.getRandomValues. */
export function newCustomerKey(): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(KEY_BITS / 8));
    const key = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    // About one draw in 25 million uses fewer than 8 digits and would be refused: draw again.
    if (weakKeyProblem(key) === undefined) return key;
  }
}

/** Bits a random key of this length over the smallest alphabet its characters fit could hold. */
export function keyBits(key: string): number {
  const alphabet = HEX.test(key) ? 16 : BASE32.test(key) ? 32 : /^[a-z0-9]+$/.test(key) ? 36 : /^[A-Za-z0-9]+$/.test(key) ? 62 : 64;
  return Math.floor(key.length * Math.log2(alphabet));
}

/**
 * Why a key is too weak to stand for a workspace, or undefined when it is fine. Length alone
 * is not enough: "aaaa…", "abab…" or a UUID (122 random bits, not 128) pass a length check.
 */
export function weakKeyProblem(key: string): string | undefined {
  if (!URL_SAFE.test(key)) return 'A key may only use letters, digits, "-" and "_", so it reads the same in every URL';
  if (UUID.test(key)) return `A UUID holds 122 random bits at most; a key needs ${KEY_BITS}`;
  const bits = keyBits(key);
  if (bits < KEY_BITS) return `The key holds at most ${bits} bits of randomness; it needs ${KEY_BITS} (32 hex digits)`;
  const distinct = new Set(key.toLowerCase()).size;
  if (distinct < 8) return `The key uses only ${distinct} different characters, so it is easy to guess`;
  return undefined;
}
