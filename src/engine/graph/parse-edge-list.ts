import { EdgeListBuilder } from "./edge-list-builder.js";
import { NodeIndex } from "./imported-network.js";
import { NetworkFormatError } from "./network-format-error.js";

const EXPECTED = "expected two node ids separated by whitespace or a comma";
const NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const HEADER_NAME = /^(source|target|from|to|src|dst|node|id|user|follower|followee)[ _-]?\d*$/i;

/** The ties of a text edge list as read (self-loops and repeats still in). */
export interface EdgeListText {
  nodes: NodeIndex;
  edges: EdgeListBuilder;
}

/**
 * Reads a text edge list: one tie per line, ids separated by whitespace, a comma or a
 * semicolon; columns after the first two (weights, names) ignored; blank lines and lines
 * starting with `#` or `%` skipped. The first data line is a header, and skipped, when both
 * its ids are non-numeric and either the next data line's are numeric or they are usual
 * column names (`source,target`, `node_1,node_2`, …): a file of named nodes has no header.
 */
export function parseEdgeList(text: string, fileName: string): EdgeListText {
  const nodes = new NodeIndex();
  const edges = new EdgeListBuilder(text.length / 10);
  let checkHeader = true;
  let lineNumber = 0;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    lineNumber++;
    const ids = nodeIds(line, fileName, lineNumber);
    if (ids === null) continue;
    if (checkHeader) {
      checkHeader = false;
      if (isHeader(ids, text, at, fileName, lineNumber)) continue;
    }
    edges.add(nodes.indexOf(ids[0]), nodes.indexOf(ids[1]));
  }
  if (nodes.labels.length === 0) {
    throw new NetworkFormatError(`${fileName} has no edges: ${EXPECTED} on each line`, fileName);
  }
  return { nodes, edges };
}

/** The first two ids of a line, or null for a blank or comment line. */
function nodeIds(line: string, fileName: string, lineNumber: number): [string, string] | null {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed[0] === "#" || trimmed[0] === "%") return null;
  const fields = /[,;]/.test(trimmed)
    ? trimmed.split(/[,;]/).map((f) => f.trim())
    : trimmed.split(/\s+/);
  if (fields.length < 2) throw malformed("only one node id", trimmed, fileName, lineNumber);
  if (fields[0] === "" || fields[1] === "") {
    throw malformed("an empty node id", trimmed, fileName, lineNumber);
  }
  return [fields[0], fields[1]];
}

function isHeader(
  ids: [string, string],
  text: string,
  from: number,
  fileName: string,
  lineNumber: number,
): boolean {
  if (NUMBER.test(ids[0]) || NUMBER.test(ids[1])) return false;
  if (HEADER_NAME.test(ids[0]) && HEADER_NAME.test(ids[1])) return true;
  for (let at = from; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const next = nodeIds(text.slice(at, end), fileName, ++lineNumber);
    at = end + 1;
    if (next !== null) return NUMBER.test(next[0]) && NUMBER.test(next[1]);
  }
  return false;
}

function malformed(
  problem: string,
  line: string,
  fileName: string,
  lineNumber: number,
): NetworkFormatError {
  const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return new NetworkFormatError(
    `${fileName}, line ${lineNumber}: "${shown}" has ${problem}; ${EXPECTED}`,
    fileName,
    lineNumber,
  );
}
