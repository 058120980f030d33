import { codeSpans, type MarkdownTable } from "./markdown-tables.js";
import type { SchemaLeaf } from "./schema-leaves.js";

/** A row of a parameter table: the setting's cell first, every cell by its column's header. */
export interface ParameterRow {
  parameter: string;
  cells: Record<string, string>;
}

/** The rows of every table whose header has Parameter and Default columns (and `also`). */
export function parameterRows(tables: MarkdownTable[], also: string[] = []): ParameterRow[] {
  return tables
    .filter((t) => ["Parameter", "Default", ...also].every((h) => t.header.includes(h)))
    .flatMap((t) =>
      t.rows.map((row) => ({
        parameter: row[0],
        cells: Object.fromEntries(t.header.map((name, i) => [name, row[i] ?? ""])),
      })),
    );
}

export const label = (leaf: SchemaLeaf) =>
  leaf.variant ? `${leaf.path} (kind ${leaf.variant})` : leaf.path;

/** The rows documenting a setting: its path first, and its graph kind named when it has one. */
export function rowsFor(rows: ParameterRow[], leaf: SchemaLeaf): ParameterRow[] {
  return rows.filter((row) => {
    const spans = codeSpans(row.parameter);
    return spans[0] === leaf.path && (leaf.variant === undefined || spans.includes(leaf.variant));
  });
}

/** A default as the docs write it in a code span. */
export function shown(value: unknown): string {
  if (value === "") return '""';
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

/** Rows naming a setting (with its kind) that the schema does not have. */
export function staleRows(rows: ParameterRow[], leaves: SchemaLeaf[]): string[][] {
  const known = new Set(leaves.map((leaf) => `${leaf.path}|${leaf.variant ?? ""}`));
  return rows
    .map((row) => codeSpans(row.parameter))
    .filter(([path, kind]) => !known.has(`${path}|${kind ?? ""}`));
}
