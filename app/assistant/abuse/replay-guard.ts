import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { hashText } from "../hash-text";

/**
 * Remembers signed requests seen within the signature's validity window, so the very same
 * request (signature, path and body) is answered once. Shopify signs only the query string, so
 * the body is part of what makes a request "the same": two shoppers writing in the same second
 * share a signature but not a body. The sightings live in the process (or, for several workers,
 * in their primary) or, when several app instances run, in Redis (`SET key NX PX`).
 */
export function replayFingerprint(request: {
  signature: string;
  path: string;
  body: string;
}): string {
  return createHash("sha256")
    .update(request.signature)
    .update("\n")
    .update(request.path)
    .update("\n")
    .update(request.body)
    .digest("base64url");
}

/**
 * The sightings one process remembers, by fingerprint: true the first time within the window.
 *
 * Each fingerprint is kept as 64 bits (two 32-bit hashes of its text) in an open-addressing table
 * of typed arrays, one table per window: a sighting is checked against this window's table and the
 * last one, so it is remembered for at least a window. A window's table is cleared and reused two
 * windows later. Measured against an LRU cache of the fingerprint strings (docs/decisions/0007):
 * at 1,870 messages/s the strings grew the heap by 9 MB a minute and were promoted into the old
 * generation, where every major GC marks them; these tables hold no JavaScript objects and
 * allocate nothing. A table grows when it is half full: sightings are never dropped to make room,
 * so a flood cannot push a request out of the window to replay it.
 */
export function rememberSightings(options: {
  windowSeconds: number;
  /** Each table's first size, a power of two (half of it: the sightings of a window it holds). */
  initialSlots?: number;
  now?: () => number;
}): (fingerprint: string) => boolean {
  const windowMs = options.windowSeconds * 1000;
  const now = options.now ?? Date.now;
  const slots = options.initialSlots ?? INITIAL_SLOTS;
  if (!Number.isInteger(Math.log2(slots))) throw new Error("initialSlots must be a power of two");
  let current = new FingerprintTable(slots);
  let previous = new FingerprintTable(slots);
  let windowEnds = now() + windowMs;
  return (fingerprint) => {
    const at = now();
    if (at >= windowEnds) {
      const emptied =
        previous.slots < current.slots ? new FingerprintTable(current.slots) : previous;
      emptied.clear();
      if (at >= windowEnds + windowMs) current.clear();
      previous = current;
      current = emptied;
      windowEnds = at + windowMs;
    }
    const first = fingerprintHash(fingerprint, 0x811c9dc5);
    const second = (fingerprintHash(fingerprint, 0x9747b28c) | 1) >>> 0;
    if (previous.has(first, second) || current.has(first, second)) return false;
    current.add(first, second);
    return true;
  };
}

// 2^20 slots hold 524,288 sightings a window (5,200 messages/s for 100 s) in 8 MB per table: sized
// once above what one instance serves (3,400 messages/s on two workers of this 2-core machine), so
// memory stays flat; beyond it a table grows once.
const INITIAL_SLOTS = 1 << 20;

/** hashText with a final avalanche, so that nearby texts spread over the table. */
function fingerprintHash(text: string, seed: number): number {
  let hash = hashText(text, seed);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** A set of 64-bit keys (two uint32 halves, the second never 0, which marks an empty slot). */
class FingerprintTable {
  private keys: Uint32Array;
  private count = 0;

  constructor(public slots: number) {
    this.keys = new Uint32Array(slots * 2);
  }

  has(first: number, second: number): boolean {
    const mask = this.slots - 1;
    for (let slot = first & mask; ; slot = (slot + 1) & mask) {
      const stored = this.keys[slot * 2 + 1];
      if (stored === 0) return false;
      if (stored === second && this.keys[slot * 2] === first) return true;
    }
  }

  add(first: number, second: number): void {
    if ((this.count + 1) * 2 > this.slots) this.grow();
    this.place(first, second);
    this.count += 1;
  }

  clear(): void {
    if (this.count === 0) return;
    this.keys.fill(0);
    this.count = 0;
  }

  private place(first: number, second: number): void {
    const mask = this.slots - 1;
    let slot = first & mask;
    while (this.keys[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    this.keys[slot * 2] = first;
    this.keys[slot * 2 + 1] = second;
  }

  private grow(): void {
    const old = this.keys;
    this.slots *= 2;
    this.keys = new Uint32Array(this.slots * 2);
    for (let index = 0; index < old.length; index += 2) {
      if (old[index + 1] !== 0) this.place(old[index]!, old[index + 1]!);
    }
  }
}

/**
 * The sightings every app instance shares: `SET key NX PX` answers "first" exactly once across
 * them. While Redis does not answer, this instance's memory decides, so shoppers are still served.
 */
export function redisSightings(options: {
  redis: Redis;
  windowSeconds: number;
}): (fingerprint: string) => Promise<boolean> {
  // Made when Redis first fails: most instances never need its tables.
  let fallback: ((fingerprint: string) => boolean) | null = null;
  return async (fingerprint) => {
    try {
      const stored = await options.redis.set(
        `concierge:replay:${fingerprint}`,
        "1",
        "PX",
        options.windowSeconds * 1000,
        "NX",
      );
      return stored === "OK";
    } catch {
      fallback ??= rememberSightings(options);
      return fallback(fingerprint);
    }
  };
}
