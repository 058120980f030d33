import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MEASURES } from "../../src/engine/measures.js";
import { REASONS, SERIES_COLUMNS, SUMMARY_NAMES } from "../../src/engine/types.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { codeSpans, firstColumn, markdownTables } from "./markdown-tables.js";
import { label, parameterRows, rowsFor, shown, staleRows } from "./parameter-rows.js";
import { schemaLeaves } from "./schema-leaves.js";

/**
 * docs/model.md is written by hand; these checks keep it from falling behind the code: every
 * scenario setting has a row with its default and range, no row names a setting that is
 * gone, and every summary metric, series column, ranker and reason is explained.
 */
const doc = readFileSync(new URL("../../docs/model.md", import.meta.url), "utf8");
const tables = markdownTables(doc);
const leaves = schemaLeaves();

const rows = parameterRows(tables, ["Allowed"]);

/** Numbers written in a cell: 1,000,000, −0.8, 0.05 or a fraction such as 1/3600. */
function numbersIn(cell: string): number[] {
  const text = cell.replaceAll("−", "-");
  const tokens = text.match(/-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?(?:\/\d+)?/g) ?? [];
  return tokens.map((token) => {
    const [numerator, denominator] = token.replaceAll(",", "").split("/");
    return Number(numerator) / (denominator === undefined ? 1 : Number(denominator));
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("docs/model.md documents every scenario setting", () => {
  it("finds the settings to check (the schema walk works)", () => {
    const paths = leaves.map(label);
    expect(paths).toContain("feed.forYou.trending");
    expect(paths).toContain("graph.meanDegree (kind erdos-renyi)");
    expect(paths).toContain("graph.meanDegree (kind communities)");
    expect(leaves.length).toBeGreaterThan(80);
  });

  it.each(leaves.map((leaf) => [label(leaf), leaf] as const))(
    "%s has one row with its default, unit, range and effect",
    (_, leaf) => {
      const found = rowsFor(rows, leaf);
      expect(found, `rows for ${label(leaf)}`).toHaveLength(1);
      const { cells } = found[0];
      const defaultCell = cells.Default;
      if (leaf.default) expect(codeSpans(defaultCell)).toContain(shown(leaf.default.value));
      else expect(defaultCell).toMatch(/^(none|required)\b/);
      expect(cells.Unit, "unit").not.toBe("");
      expect(cells["What it does"].length, "what it does").toBeGreaterThan(20);
      const allowed = cells.Allowed;
      if (leaf.values) {
        for (const value of leaf.values) expect(codeSpans(allowed)).toContain(String(value));
      }
      if (leaf.type === "boolean") expect(codeSpans(allowed)).toEqual(["true", "false"]);
      if (leaf.type === "integer") expect(allowed).toContain("whole");
      const numbers = numbersIn(allowed);
      for (const bound of [leaf.minimum, leaf.maximum, leaf.maxLength, leaf.maxItems]) {
        if (bound === undefined) continue;
        expect(
          numbers.some((n) => close(n, bound)),
          `${allowed} should state ${bound}`,
        ).toBe(true);
      }
    },
  );

  it("has no row for a setting the schema does not have", () => {
    expect(staleRows(rows, leaves)).toEqual([]);
  });
});

describe("docs/model.md explains every output and every ranker", () => {
  it("has a row for every summary metric, and no other", () => {
    const documented = firstColumn(tables, "Metric").map((cell) => codeSpans(cell)[0]);
    expect(documented).toEqual([...SUMMARY_NAMES]);
  });

  it("has a row for every per-tick series column, and no other", () => {
    const documented = firstColumn(tables, "Column").map((cell) => codeSpans(cell)[0]);
    expect(documented).toEqual([...SERIES_COLUMNS]);
  });

  it("says how often the series takes each measure, as the measures registry does", () => {
    const series = tables.filter((t) => t.header[0] === "Column").flatMap((t) => t.rows);
    for (const [column, text] of series) {
      const name = codeSpans(column)[0];
      const cadence = MEASURES[name as keyof typeof MEASURES]?.series ?? "summary-only";
      const said = text.match(/measured every `metrics\.(every|graphEvery)` ticks/)?.[1];
      expect(said ?? "summary-only", name).toBe(
        cadence === "summary-only" ? "summary-only" : cadence,
      );
    }
  });

  it("names the costly measures where it says which a quick view may leave empty", () => {
    const costly = SUMMARY_NAMES.filter((name) => MEASURES[name].costly);
    const said = doc.match(/the two costliest, ([^(]+)empty until/)?.[1] ?? "";
    expect(codeSpans(said)).toEqual(costly);
  });

  it.each([...RANKERS])("has a section for the %s ranker", (ranker) => {
    expect(doc).toContain(`\n### \`${ranker}\`\n`);
  });

  it("names every reason a feed gives for showing a video", () => {
    const start = doc.indexOf("### Reasons");
    const section = doc.slice(start, doc.indexOf("\n## ", start));
    expect(start).toBeGreaterThan(0);
    for (const reason of REASONS) expect(section).toContain(`\`${reason}\``);
  });
});
