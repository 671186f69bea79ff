/**
 * Lists of non-negative integers as one JSON string each, for the page index (packed.ts says why).
 *
 * A value is written in printable ASCII that JSON never escapes, most significant digit first: its
 * last digit (base 57) is one of '#'..'[' (0x23–0x5b), each earlier digit (base 34) one of ']'..'~'
 * (0x5d–0x7e); '"' and '\' fall outside both ranges. So a value below 57 is one character, below
 * 1,938 two, below 65,892 three, below 2,240,328 four, and both ranges being runs of character
 * codes, decoding is one subtraction and one comparison per character, with no table.
 */

const LAST_FROM = 0x23; // '#'
const LAST = 57; // '#'..'['
const MORE_FROM = 0x5d; // ']'
const MORE = 34; // ']'..'~'

export function encodeInts(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff)
      throw new Error(`encodeInts: ${v} is not an integer from 0 to 2^31 - 1`);
    let code = String.fromCharCode(LAST_FROM + (v % LAST));
    v = Math.floor(v / LAST);
    while (v > 0) {
      code = String.fromCharCode(MORE_FROM + (v % MORE)) + code;
      v = Math.floor(v / MORE);
    }
    parts.push(code);
  }
  return parts.join('');
}

const ENCODER = new TextEncoder();

/** The values `encodeInts` wrote; throws on a character it never writes or a cut-off last value. */
export function decodeInts(code: string): Int32Array {
  // The code's bytes in one native copy (it is ASCII): a loop over a byte array runs several times
  // faster than one over charCodeAt before the engine has optimised it, as on a worker's first load.
  const bytes = new Uint8Array(code.length);
  ENCODER.encodeInto(code, bytes);
  // At most one value per byte, nearly always exactly one: a view of the filled part (the
  // lists the matcher keeps from here are nearly full; the others are copied and let go).
  const out = new Int32Array(code.length);
  let n = 0;
  let v = 0;
  let i = 0;
  for (; i < bytes.length; i++) {
    const d = bytes[i]! - LAST_FROM;
    if (d < LAST) {
      if (d < 0) break;
      out[n++] = v * LAST + d;
      v = 0;
    } else {
      const m = d - (MORE_FROM - LAST_FROM);
      if (m < 0 || m >= MORE) break;
      v = v * MORE + m;
    }
  }
  // A character outside ASCII leaves a byte of 0x80 or more, or a 0 where it did not fit.
  if (i < bytes.length) throw new Error(`decodeInts: byte ${i} of the code is not a digit`);
  if (code.length > 0 && code.charCodeAt(code.length - 1) >= MORE_FROM)
    throw new Error('decodeInts: the code ends inside a value');
  return out.subarray(0, n);
}

/**
 * A list of integers as the steps between them (from 0), each step v written as `encodeInts` of
 * 2v, or -2v - 1 when negative: a list that mostly counts up by a little is mostly one character a value.
 */
export function encodeSteps(values: readonly number[]): string {
  const out: number[] = [];
  let prev = 0;
  for (const v of values) {
    const step = v - prev;
    out.push(step < 0 ? -2 * step - 1 : 2 * step);
    prev = v;
  }
  return encodeInts(out);
}

export function decodeSteps(code: string): number[] {
  const steps = decodeInts(code);
  const out: number[] = [];
  for (let i = 0, v = 0; i < steps.length; i++) {
    const s = steps[i]!;
    v += s & 1 ? -(s + 1) / 2 : s / 2;
    out.push(v);
  }
  return out;
}
