import { describe, expect, it } from "vitest";
import { parseNetwork } from "../../src/engine/graph/parse-network.js";
import { tieList } from "./edge-checks.js";

describe("parseNetwork on edge-list text", () => {
  it("skips # and % comments and blank lines, and ignores columns after the second", () => {
    const text = "# a comment\n% another\n\n  a b 3 x y\r\nb c 1\n\n";
    const network = parseNetwork(text);
    expect(network.labels).toEqual(["a", "b", "c"]);
    expect(tieList(network)).toEqual(["0 1", "1 2"]);
  });

  it("splits on whitespace, tabs, commas and semicolons", () => {
    const network = parseNetwork("1 2\n2\t3\n3,4\n4 ; 5\n");
    expect(network.labels).toEqual(["1", "2", "3", "4", "5"]);
    expect(network.count).toBe(4);
  });

  it("skips a header of column names before numeric ids", () => {
    expect(parseNetwork("node_1,node_2\n0,5\n5,7\n").labels).toEqual(["0", "5", "7"]);
    expect(parseNetwork("from to\n1 2\n").count).toBe(1);
  });

  it("skips a header of usual column names before named ids", () => {
    const network = parseNetwork("source,target\nalice,bob\n");
    expect(network.labels).toEqual(["alice", "bob"]);
  });

  it("reads a first line of named ids as a tie when the next line is named too", () => {
    const network = parseNetwork("alice bob\nbob carol\n");
    expect(network.labels).toEqual(["alice", "bob", "carol"]);
    expect(network.count).toBe(2);
  });

  it("is undirected unless told otherwise, and counts u v after v u as a repeat", () => {
    const text = "1 2\n2 1\n1 2\n2 3\n";
    const mutual = parseNetwork(text);
    expect(mutual.directed).toBe(false);
    expect(mutual.count).toBe(2);
    expect(mutual.duplicates).toBe(2);

    const directed = parseNetwork(text, { directed: true });
    expect(directed.directed).toBe(true);
    expect(tieList(directed)).toEqual(["0 1", "1 0", "1 2"]);
    expect(directed.duplicates).toBe(1);
  });

  it("drops self-loops and counts them, keeping nodes seen only in one", () => {
    const network = parseNetwork("1 1\n1 2\n3 3\n");
    expect(network.selfLoops).toBe(2);
    expect(network.nodeCount).toBe(3);
    expect(tieList(network)).toEqual(["0 1"]);
  });

  it("flips directed ties with reverse, and leaves mutual ones alone", () => {
    expect(tieList(parseNetwork("a b\nb c\n", { directed: true, reverse: true }))).toEqual([
      "1 0",
      "2 1",
    ]);
    expect(tieList(parseNetwork("a b\n", { reverse: true }))).toEqual(["0 1"]);
  });

  it("picks the format from the extension, then from the content", () => {
    expect(parseNetwork("1,2\n", { fileName: "x.csv" }).format).toBe("csv");
    expect(parseNetwork("1 2\n", { fileName: "x.txt" }).format).toBe("edgelist");
    const graphml =
      '<?xml version="1.0"?><graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const network = parseNetwork(graphml, { fileName: "download" });
    expect(network.format).toBe("graphml");
    expect(network.directed).toBe(true);
    expect(network.count).toBe(1);
  });

  it("takes direction from a GEXF file's own declaration, ignoring the directed option", () => {
    const gexf = `<?xml version="1.0"?><gexf version="1.3"><graph defaultedgetype="directed">
      <nodes><node id="x"/><node id="y"/><node id="z"/></nodes>
      <edges><edge source="x" target="y"/><edge source="y" target="x"/><edge source="z" target="z"/></edges>
      </graph></gexf>`;
    const network = parseNetwork(gexf, { fileName: "f.gexf", directed: false });
    expect(network.directed).toBe(true);
    expect(tieList(network)).toEqual(["0 1", "1 0"]);
    expect(network.selfLoops).toBe(1);
  });
});
