import { describe, expect, it } from "vitest";
import { parseNetwork } from "../../src/engine/graph/parse-network.js";
import { defects } from "./edge-checks.js";
import { readRepoFile } from "./network-files.js";

/* Node and tie counts as public/networks/PROVENANCE.md states them. */
const shipped = [
  {
    file: "facebook_combined.txt",
    directed: false,
    nodes: 4_039,
    ties: 88_234,
    selfLoops: 0,
    format: "edgelist",
  },
  {
    file: "email-Eu-core.txt",
    directed: true,
    nodes: 1_005,
    ties: 24_929,
    selfLoops: 642,
    format: "edgelist",
  },
  {
    file: "lastfm_asia_edges.csv",
    directed: false,
    nodes: 7_624,
    ties: 27_806,
    selfLoops: 0,
    format: "csv",
  },
  {
    file: "twitter_ego_12831.edges",
    directed: true,
    nodes: 236,
    ties: 2_477,
    selfLoops: 1,
    format: "edgelist",
  },
  {
    file: "karate_club.edgelist",
    directed: false,
    nodes: 34,
    ties: 78,
    selfLoops: 0,
    format: "edgelist",
  },
];

describe("parseNetwork on the shipped networks", () => {
  it.each(shipped)("reads $file with PROVENANCE's $nodes nodes and $ties ties", (expected) => {
    const network = parseNetwork(readRepoFile(`public/networks/${expected.file}`), {
      fileName: expected.file,
      directed: expected.directed,
    });
    expect(network.nodeCount).toBe(expected.nodes);
    expect(network.count).toBe(expected.ties);
    expect(network.selfLoops).toBe(expected.selfLoops);
    expect(network.duplicates).toBe(0);
    expect(network.directed).toBe(expected.directed);
    expect(network.format).toBe(expected.format);
    expect(network.labels).toHaveLength(expected.nodes);
    expect(defects(network)).toEqual({ selfLoops: 0, duplicates: 0 });
  });

  it("reads email-Eu-core as mutual ties by default, merging u v with v u", () => {
    const network = parseNetwork(readRepoFile("public/networks/email-Eu-core.txt"), {
      fileName: "email-Eu-core.txt",
    });
    expect(network.directed).toBe(false);
    expect(network.count).toBe(16_064);
    expect(network.duplicates).toBe(24_929 - 16_064);
  });

  it("keeps the file's ids as labels, in order of first appearance", () => {
    const network = parseNetwork(readRepoFile("public/networks/lastfm_asia_edges.csv"), {
      fileName: "lastfm_asia_edges.csv",
    });
    // The file opens with 0,747 then 1,4257.
    expect(network.labels.slice(0, 4)).toEqual(["0", "747", "1", "4257"]);
    expect([network.src[1], network.dst[1]]).toEqual([2, 3]);
  });

  it.each([
    ["karate_club.gexf", "gexf"],
    ["karate_club.graphml", "graphml"],
  ])("reads the XML fixture %s as the karate club: 34 nodes, 78 mutual ties", (file, format) => {
    const network = parseNetwork(readRepoFile(`test/graph/fixtures/${file}`), { fileName: file });
    expect(network.format).toBe(format);
    expect(network.directed).toBe(false);
    expect(network.nodeCount).toBe(34);
    expect(network.count).toBe(78);
    expect(network.labels[33]).toBe("33");
  });
});
