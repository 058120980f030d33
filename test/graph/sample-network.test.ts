import { describe, expect, it } from "vitest";
import { stream } from "../../src/deterministic/random.js";
import { barabasiAlbert } from "../../src/engine/graph/barabasi-albert.js";
import { NetworkFormatError } from "../../src/engine/graph/network-format-error.js";
import { parseNetwork } from "../../src/engine/graph/parse-network.js";
import { sampleNetwork } from "../../src/engine/graph/sample-network.js";
import { tieList } from "./edge-checks.js";
import { readRepoFile } from "./network-files.js";

const facebook = parseNetwork(readRepoFile("public/networks/facebook_combined.txt"), {
  fileName: "facebook_combined.txt",
});

describe("sampleNetwork", () => {
  it("keeps the hub and its neighbours, with every tie among them and no other", () => {
    const sample = sampleNetwork(facebook, 500);
    expect(sample.nodeCount).toBe(500);
    expect(sample.labels).toHaveLength(500);
    // Node 107 has the most ties (1,045), more than the sample holds: all others are its friends.
    const kept = new Set(sample.labels);
    const hubFriends = new Set<string>(["107"]);
    let inducedTies = 0;
    for (let e = 0; e < facebook.count; e++) {
      const u = facebook.labels[facebook.src[e]];
      const v = facebook.labels[facebook.dst[e]];
      if (u === "107") hubFriends.add(v);
      if (v === "107") hubFriends.add(u);
      if (kept.has(u) && kept.has(v)) inducedTies++;
    }
    expect([...kept].every((label) => hubFriends.has(label))).toBe(true);
    expect(sample.count).toBe(inducedTies);
    for (let e = 0; e < sample.count; e++) {
      expect(sample.src[e]).toBeLessThan(500);
      expect(sample.dst[e]).toBeLessThan(500);
    }
  });

  it("moves on to the next component from its highest-degree node, re-indexing in file order", () => {
    const network = parseNetwork("a b\nb c\nx y\ny z\ny w\n", { fileName: "parts.txt" });
    const sample = sampleNetwork(network, 5);
    // y (degree 3) comes first, then its neighbours x, z, w; then b, the next hub.
    expect(sample.labels).toEqual(["b", "x", "y", "z", "w"]);
    expect(tieList(sample)).toEqual(["1 2", "2 3", "2 4"]);
  });

  it("returns the whole network when the population matches it", () => {
    expect(sampleNetwork(facebook, 4_039)).toBe(facebook);
  });

  it("samples a bare edge list, as the engine receives it", () => {
    const edges = barabasiAlbert(1_000, 2, stream(1, "graph"));
    const sample = sampleNetwork(edges, 100);
    expect(sample.nodeCount).toBe(100);
    expect(sample.count).toBeGreaterThanOrEqual(99);
  });

  it("refuses more users than the file has nodes, saying how many it may have", () => {
    expect(() => sampleNetwork(facebook, 5_000)).toThrow(NetworkFormatError);
    expect(() => sampleNetwork(facebook, 5_000)).toThrow(
      "population.users is 5000 but the network file facebook_combined.txt has 4039 nodes; set population.users to at most 4039",
    );
  });
});
