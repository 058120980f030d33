import { finishImport, type ImportedNetwork } from "./imported-network.js";
import { NetworkFormatError } from "./network-format-error.js";
import { parseEdgeList } from "./parse-edge-list.js";
import { parseXmlNetwork } from "./parse-xml-network.js";

export type NetworkFormat = "auto" | "edgelist" | "csv" | "gexf" | "graphml";

export interface ParseNetworkOptions {
  /** "auto" (the default) picks by extension (.gexf, .graphml, .csv), then by content. */
  format?: NetworkFormat;
  /** Edge lists only: whether `u v` is a one-way follow. Default false (mutual ties). */
  directed?: boolean;
  /** Read a directed tie `u v` as v follows u. Default false. */
  reverse?: boolean;
  /** The file's name, for format detection and error messages. */
  fileName?: string;
}

/**
 * Reads a network from the text of a file (never the file itself: the CLI and the browser
 * read it). Node ids are numbered 0..n−1 in order of first appearance and kept as labels;
 * self-loops and repeated ties are dropped and counted.
 */
export function parseNetwork(text: string, options: ParseNetworkOptions = {}): ImportedNetwork {
  const fileName = options.fileName ?? "network file";
  const format = resolveFormat(options.format ?? "auto", fileName, text);
  const reverse = options.reverse ?? false;
  if (format === "gexf" || format === "graphml") {
    return parseXmlNetwork(text, format, reverse, fileName);
  }
  const { nodes, edges } = parseEdgeList(text, fileName);
  return finishImport(nodes, edges, options.directed ?? false, reverse, format, fileName);
}

function resolveFormat(
  format: NetworkFormat,
  fileName: string,
  text: string,
): Exclude<NetworkFormat, "auto"> {
  if (format !== "auto") return format;
  const name = fileName.toLowerCase();
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml")) return "graphml";
  if (name.endsWith(".csv")) return "csv";
  const head = text.slice(0, 4000);
  if (/<gexf[\s>]/.test(head)) return "gexf";
  if (/<graphml[\s>]/.test(head)) return "graphml";
  if (head.trimStart().startsWith("<")) {
    throw new NetworkFormatError(
      `${fileName} looks like XML but has no <gexf> or <graphml> element near its start; set graph.format to "gexf" or "graphml" if it is one`,
      fileName,
    );
  }
  return "edgelist";
}
