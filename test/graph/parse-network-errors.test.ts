import { describe, expect, it } from "vitest";
import { NetworkFormatError } from "../../src/engine/graph/network-format-error.js";
import { parseNetwork } from "../../src/engine/graph/parse-network.js";

function failure(run: () => unknown): NetworkFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof NetworkFormatError) return error;
    throw error;
  }
  throw new Error("expected a NetworkFormatError, but nothing was thrown");
}

describe("parseNetwork rejects", () => {
  it("a line with one id, naming the file, the line number, its text and what is expected", () => {
    const error = failure(() =>
      parseNetwork("# header\n1 2\n\n3\n4 5\n", { fileName: "ties.txt" }),
    );
    expect(error.message).toBe(
      'ties.txt, line 4: "3" has only one node id; expected two node ids separated by whitespace or a comma',
    );
    expect(error.line).toBe(4);
    expect(error.fileName).toBe("ties.txt");
  });

  it("a line with an empty id", () => {
    const error = failure(() => parseNetwork("1,2\n,3\n", { fileName: "ties.csv" }));
    expect(error.message).toMatch(
      /^ties\.csv, line 2: ",3" has an empty node id; expected two node ids/,
    );
  });

  it("a long malformed line, showing only its start", () => {
    const long = "x".repeat(200);
    const error = failure(() => parseNetwork(`1 2\n${long}\n`, { fileName: "ties.txt" }));
    expect(error.message).toContain(`"${"x".repeat(60)}…"`);
    expect(error.message).not.toContain("x".repeat(61));
  });

  it("an empty file", () => {
    expect(failure(() => parseNetwork("", { fileName: "empty.txt" })).message).toBe(
      "empty.txt has no edges: expected two node ids separated by whitespace or a comma on each line",
    );
  });

  it("a file of comments only", () => {
    expect(
      failure(() => parseNetwork("# nothing\n% here\n", { fileName: "c.txt" })).message,
    ).toMatch(/^c\.txt has no edges/);
  });

  it("broken XML, naming the file, the parser's complaint and its line", () => {
    const error = failure(() =>
      parseNetwork(
        '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes><node id="1" label="x></nodes>',
        {
          fileName: "cut.gexf",
        },
      ),
    );
    expect(error.message).toBe(
      `cut.gexf is not a readable GEXF file: attribute value no end '"' match (line 4, column 8)`,
    );
  });

  it("XML cut short, naming the first element left open", () => {
    const error = failure(() =>
      parseNetwork('<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes><node id="1"/>\n', {
        fileName: "cut.gexf",
      }),
    );
    expect(error.message).toBe(
      "cut.gexf is not a readable GEXF file: an element is never closed (line 2, column 1); is the file cut short?",
    );
  });

  it("XML whose root is not the format's", () => {
    expect(
      failure(() => parseNetwork("<graphml><graph/></graphml>", { fileName: "g.gexf" })).message,
    ).toBe("g.gexf is not a readable GEXF file: its root element is <graphml>, expected <gexf>");
  });

  it("GEXF without a graph element", () => {
    expect(failure(() => parseNetwork("<gexf></gexf>", { fileName: "g.gexf" })).message).toBe(
      "g.gexf is not a readable GEXF file: it has no <graph> element",
    );
  });

  it("GraphML whose edge points to an undeclared node, passing on graphology's reason", () => {
    const text =
      '<graphml><graph edgedefault="undirected"><node id="a"/><edge source="a" target="b"/></graph></graphml>';
    expect(failure(() => parseNetwork(text, { fileName: "g.graphml" })).message).toMatch(
      /^g\.graphml is not a readable GRAPHML file: .*inexisting node/,
    );
  });

  it("XML that is neither GEXF nor GraphML when the format is auto", () => {
    expect(
      failure(() => parseNetwork("<?xml version='1.0'?><svg/>", { fileName: "net" })).message,
    ).toMatch(/^net looks like XML but has no <gexf> or <graphml> element/);
  });
});
