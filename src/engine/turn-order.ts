import type { Random } from "../deterministic/random.js";

/**
 * How many users a block of turns holds when `opened` users take their turns in about
 * `blocks` blocks: never fewer than one, so fewer users than blocks are a plain shuffle.
 */
export function turnBlockSize(opened: number, blocks: number): number {
  return Math.max(1, Math.floor(opened / blocks));
}

/**
 * Puts the users who opened the app (`order[0 … opened)`, in id order) into the order they
 * take their turns: cut into blocks of `size` neighbours, the blocks in a random order
 * (written to `blocks`, one entry a block), the users within each block shuffled. Every pair of
 * users is equally likely either way round (same block: the inner shuffle; different blocks:
 * the outer one) and a user's expected place is the middle of the tick whatever its id.
 * Unlike a plain shuffle (size 1), the turns of one block read the per-user rows of
 * neighbouring ids, which sit next to each other in memory. Takes opened − 1 draws, like a
 * plain shuffle; returns the number of blocks.
 */
export function shuffleTurns(
  order: Int32Array,
  opened: number,
  size: number,
  blocks: Int32Array,
  random: Random,
): number {
  const count = Math.ceil(opened / size);
  for (let b = 0; b < count; b++) blocks[b] = b;
  shuffle(blocks, 0, count, random);
  for (let from = 0; from < opened; from += size)
    shuffle(order, from, Math.min(opened, from + size), random);
  return count;
}

/** Fisher–Yates over values[from … to). */
function shuffle(values: Int32Array, from: number, to: number, random: Random): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor(random() * (i - from + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
