import { describe, expect, it } from "vitest";
import { type Random, stream } from "../../src/deterministic/random.js";
import {
  barabasiAlbert,
  creatorCentred,
  type EdgeList,
  erdosRenyi,
  stochasticBlockModel,
  wattsStrogatz,
} from "../../src/engine/graph/index.js";
import { tieList } from "./edge-checks.js";

const groups = Uint8Array.from({ length: 2_000 }, (_, u) => u % 5);
const creators = Int32Array.from({ length: 100 }, (_, i) => 20 * i + 7);
const generators: [string, (random: Random) => EdgeList][] = [
  ["barabasiAlbert", (random) => barabasiAlbert(2_000, 3, random)],
  ["wattsStrogatz", (random) => wattsStrogatz(2_000, 6, 0.3, random)],
  ["erdosRenyi", (random) => erdosRenyi(2_000, 6, false, random)],
  ["erdosRenyi directed", (random) => erdosRenyi(2_000, 6, true, random)],
  ["stochasticBlockModel", (random) => stochasticBlockModel(groups, 5, 6, 0.7, random)],
  [
    "creatorCentred",
    (random) =>
      creatorCentred(2_000, creators, { follows: 5.5, attractiveness: 0.3, friends: 3 }, random),
  ],
];

describe.each(generators)("%s", (_name, generate) => {
  it("gives the same ties for the same seed and different ties for another", () => {
    const first = tieList(generate(stream(42, "graph")));
    expect(tieList(generate(stream(42, "graph")))).toEqual(first);
    expect(tieList(generate(stream(43, "graph")))).not.toEqual(first);
  });
});
