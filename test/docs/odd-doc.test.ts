import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERIES_COLUMNS, SUMMARY_NAMES } from "../../src/engine/types.js";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { codeSpans, markdownTables } from "./markdown-tables.js";
import { label, parameterRows, rowsFor, shown, staleRows } from "./parameter-rows.js";
import { schemaLeaves } from "./schema-leaves.js";

/**
 * docs/odd.md describes the model in the ODD protocol (Grimm et al. 2020). Like
 * docs/model.md it is written by hand; these checks keep it in step with the code: the
 * protocol's seven elements in order, one parameter row with its default for every scenario
 * setting and none for a setting that is gone, and every ranker and output named.
 */
const doc = readFileSync(new URL("../../docs/odd.md", import.meta.url), "utf8");
const rows = parameterRows(markdownTables(doc), ["Submodel"]);
const leaves = schemaLeaves();
const spans = new Set(codeSpans(doc));

describe("docs/odd.md follows the ODD protocol", () => {
  it("has the seven elements, in order", () => {
    const headings = doc.split("\n").filter((line) => line.startsWith("## "));
    expect(headings.slice(0, 7)).toEqual([
      "## 1. Purpose and patterns",
      "## 2. Entities, state variables and scales",
      "## 3. Process overview and scheduling",
      "## 4. Design concepts",
      "## 5. Initialisation",
      "## 6. Input data",
      "## 7. Submodels",
    ]);
  });

  it.each(leaves.map((leaf) => [label(leaf), leaf] as const))(
    "%s has one parameter row with its default",
    (_, leaf) => {
      const found = rowsFor(rows, leaf);
      expect(found, `rows for ${label(leaf)}`).toHaveLength(1);
      const { Default: defaultCell, Submodel: submodel } = found[0].cells;
      if (leaf.default) expect(codeSpans(defaultCell)).toContain(shown(leaf.default.value));
      else expect(defaultCell).toMatch(/^(none|required)\b/);
      expect(submodel.length).toBeGreaterThan(0);
    },
  );

  it("has no row for a setting the schema does not have", () => {
    expect(staleRows(rows, leaves)).toEqual([]);
  });

  it("names every ranker, summary metric and per-tick series column", () => {
    for (const name of [...RANKERS, ...SUMMARY_NAMES, ...SERIES_COLUMNS])
      expect(spans.has(name), name).toBe(true);
  });

  it("names only settings the schema has when it writes a setting's path", () => {
    const sections = new Set(leaves.map((leaf) => leaf.path.split(".")[0]));
    const paths = new Set(leaves.map((leaf) => leaf.path));
    const written = [...spans].filter(
      (span) => /^[a-z]+\.[A-Za-z.]+$/.test(span) && sections.has(span.split(".")[0]),
    );
    expect(written.length).toBeGreaterThan(50);
    // A span may name a group (`feed.weighted`) or a setting; a name that is neither is stale.
    const groups = new Set(
      leaves.flatMap((leaf) => {
        const parts = leaf.path.split(".");
        return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join("."));
      }),
    );
    expect(written.filter((span) => !paths.has(span) && !groups.has(span))).toEqual([]);
  });
});
