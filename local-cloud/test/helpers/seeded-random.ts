/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence, so a chaos run that
 * failed can be replayed by giving its printed seed back (CHAOS_SEED).
 */
export function seededRandom(seed: number): { next(): number; between(min: number, max: number): number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, between: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** CHAOS_SEED when given (to replay a run), else a fresh one. */
export function chaosSeed(): number {
  const given = Number(process.env.CHAOS_SEED);
  return Number.isSafeInteger(given) && given > 0 ? given : 1 + Math.floor(Math.random() * 2_147_483_646);
}
