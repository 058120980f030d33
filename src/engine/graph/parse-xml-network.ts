import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { EdgeListBuilder } from "./edge-list-builder.js";
import { finishImport, type ImportedNetwork, NodeIndex } from "./imported-network.js";
import { NetworkFormatError } from "./network-format-error.js";

/**
 * Reads GEXF or GraphML through graphology's parsers. The XML is parsed here with xmldom
 * (pure JS: it works in Node and in a browser worker, which has no DOMParser) and an error
 * handler that keeps xmldom's complaints, so a broken file fails with its name and the
 * parser's line instead of a console warning and a half-read graph. Direction is the file's
 * own: a mixed graph is read as directed, each undirected edge as two follows.
 */
export function parseXmlNetwork(
  text: string,
  format: "gexf" | "graphml",
  reverse: boolean,
  fileName: string,
): ImportedNetwork {
  const graph = readGraph(text, format, fileName);
  const nodes = new NodeIndex();
  graph.forEachNode((key) => nodes.indexOf(key));
  const directed = graph.type !== "undirected";
  const edges = new EdgeListBuilder(graph.size * (directed ? 2 : 1));
  graph.forEachEdge((_edge, _attributes, source, target, _s, _t, undirected) => {
    const u = nodes.indexOf(source);
    const v = nodes.indexOf(target);
    edges.add(u, v);
    if (directed && undirected) edges.add(v, u);
  });
  return finishImport(nodes, edges, directed, reverse, format, fileName);
}

function readGraph(text: string, format: "gexf" | "graphml", fileName: string): Graph {
  // xmldom 0.8 reports one fault as a cascade: "unclosed xml attribute" warnings for every
  // element left open (it means unclosed element), "Hierarchy request" errors that follow
  // from them, and maybe the real error. Show the real one, else the first open element.
  const errors: string[] = [];
  const warnings: string[] = [];
  const fail = (detail: string) =>
    new NetworkFormatError(
      `${fileName} is not a readable ${format.toUpperCase()} file: ${detail}`,
      fileName,
    );
  let document: Document;
  try {
    document = new DOMParser({
      locator: {},
      errorHandler: {
        warning: (message) => warnings.push(readable(message)),
        error: (message) => errors.push(readable(message)),
        fatalError: (message) => errors.push(readable(message)),
      },
    }).parseFromString(text, "application/xml") as unknown as Document;
  } catch (error) {
    throw fail(errors[0] ?? String(error));
  }
  const cause = errors.find((message) => !message.startsWith("Hierarchy request error"));
  if (cause !== undefined) throw fail(cause);
  if (errors.length > 0 || warnings.length > 0) {
    const where = / \(line \d+, column \d+\)$/.exec(warnings[0] ?? errors[0])?.[0] ?? "";
    throw fail(`an element is never closed${where}; is the file cut short?`);
  }
  const root = document?.documentElement?.tagName;
  if (root !== format)
    throw fail(`its root element is <${root ?? "nothing"}>, expected <${format}>`);
  if (document.getElementsByTagName("graph").length === 0) throw fail("it has no <graph> element");
  try {
    return format === "gexf" ? parseGexf(Graph, document) : parseGraphml(Graph, document);
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
}

/** xmldom's "[xmldom error]\tmessage\n@#[line:4,col:8]" as "message (line 4, column 8)". */
function readable(message: string): string {
  return message
    .replace(/^\[xmldom \w+\]\s*/, "")
    .replace(/^element parse error: Error: /, "")
    .replace(/\s*@[^#]*#\[line:(\d+),col:(\d+)\]/, " (line $1, column $2)");
}
