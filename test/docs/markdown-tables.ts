/** A pipe table of a Markdown page: its header cells and its rows, each cell trimmed. */
export interface MarkdownTable {
  header: string[];
  rows: string[][];
  /** 1-based line of the header, for messages. */
  line: number;
}

/** Splits `| a | b |` on the pipes that are not escaped as `\|`. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Every pipe table of the page, in order: a header line, a `|---|` line, then the rows. */
export function markdownTables(text: string): MarkdownTable[] {
  const lines = text.split("\n");
  const tables: MarkdownTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].startsWith("|") || !SEPARATOR.test(lines[i + 1].trim())) continue;
    const table: MarkdownTable = { header: cells(lines[i]), rows: [], line: i + 1 };
    let j = i + 2;
    for (; j < lines.length && lines[j].startsWith("|"); j++) table.rows.push(cells(lines[j]));
    tables.push(table);
    i = j - 1;
  }
  return tables;
}

/** The text of each `code span` in a cell, in order. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
}

/** The first cell of every row of the tables whose first header cell is `title`. */
export function firstColumn(tables: MarkdownTable[], title: string): string[] {
  return tables.filter((t) => t.header[0] === title).flatMap((t) => t.rows.map((row) => row[0]));
}
