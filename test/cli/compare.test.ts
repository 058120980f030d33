import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredSummary } from "../../src/cli/batch/result-line.js";
import { comparePairs, type Pair } from "../../src/cli/compare/paired-comparison.js";
import { comparisonReport } from "../../src/cli/report/html-report.js";
import { comparisonMarkdown } from "../../src/cli/report/markdown-table.js";
import { SUMMARY_NAMES } from "../../src/engine/types.js";
import { cli, randomVsPopularity, tempDir, writeScenario } from "./helpers.js";

describe("likesim compare", () => {
  const dir = tempDir();
  const file = writeScenario(dir);

  it("prints a Markdown table with both means, the paired difference, its CI and a sign test", async () => {
    const { code, out } = await cli(
      ["compare", ...randomVsPopularity(file), "--seeds", "1..6", "--jobs", "1", "--quiet"],
      dir,
    );
    expect(code).toBe(0);
    expect(out).toMatch(
      /^A: small\.json --set feed\.ranker=random {2}\nB: small\.json --set feed\.ranker=popularity\n/,
    );
    expect(out).toContain(
      "| metric | n | A mean | B mean | B − A | 95% CI (bootstrap) | B > A / B < A | sign test p |",
    );
    for (const name of SUMMARY_NAMES) expect(out).toMatch(new RegExp(`^\\| ${name} \\|`, "m"));
    expect(out).toMatch(/^\| likes \| 6 \|/m);
    expect(out).toMatch(/^\| unpredictability \| 0 \| – \|/m);
  });

  it("pairs by seed on common random numbers: the A/B numbers are the two arms' own runs", async () => {
    const json = await cli(
      [
        "compare",
        file,
        file,
        "--set",
        "behaviour.socialProof=0",
        "--seeds",
        "2..4",
        "--jobs",
        "1",
        "--json",
        "--quiet",
      ],
      dir,
    );
    const result = JSON.parse(json.out);
    const likes = result.metrics.find((m: { metric: string }) => m.metric === "likes");
    const run = async (extra: string[]) =>
      (await cli(["run", file, "--seeds", "2..4", "--jobs", "1", "--json", ...extra], dir)).out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).summary.likes as number);
    const a = await run([]);
    const b = await run(["--set", "behaviour.socialProof=0"]);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(likes.meanA).toBeCloseTo(mean(a), 9);
    expect(likes.meanB).toBeCloseTo(mean(b), 9);
    expect(likes.difference).toBeCloseTo(mean(b.map((x, i) => x - a[i])), 9);
    expect(result.labels).toEqual({
      a: "small.json",
      b: "small.json --set behaviour.socialProof=0",
    });
  });

  it("finds nothing between two identical arms (an A/A test)", async () => {
    const { out } = await cli(
      ["compare", file, file, "--seeds", "1..4", "--jobs", "1", "--json", "--quiet"],
      dir,
    );
    for (const row of JSON.parse(out).metrics) {
      if (row.n > 0) expect(row).toMatchObject({ difference: 0, higher: 0, lower: 0, p: 1 });
    }
  });

  it("writes a self-contained HTML report", async () => {
    const { code, err } = await cli(
      [
        "compare",
        file,
        file,
        "--set",
        "feed.ranker=random",
        "--seeds",
        "1..4",
        "--jobs",
        "1",
        "--report",
        "report.html",
      ],
      dir,
    );
    expect(code).toBe(0);
    expect(err).toMatch(/wrote the report to report\.html/);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(
      html.match(/https?:\/\/[^"]+/g)?.every((url) => url === "http://www.w3.org/2000/svg"),
    ).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|src=/);
    expect(html).toContain("Lorenz curves of likes over videos");
    expect(html).toContain("likesim compare small.json small.json --set feed.ranker=random");
    // One strip chart and one difference chart per defined metric, plus the Lorenz chart.
    expect(html.match(/<svg /g)?.length).toBe(2 * 13 + 1);
  });

  it("refuses malformed arms and missing seeds", async () => {
    const cases: [string[], RegExp][] = [
      [["compare", file, "--seeds", "1..3"], /takes two arms.*got 1 scenario file/],
      [["compare", file, file, file, "--seeds", "1..3"], /got 3 scenario file/],
      [
        ["compare", "--set", "ticks=3", file, file, "--seeds", "1..3"],
        /--set ticks=3: comes before any scenario file/,
      ],
      [["compare", file, file], /needs --seeds/],
      [
        ["compare", file, "--set", "feed.rankr=x", file, "--seeds", "1..2"],
        /unknown field feed\.rankr/,
      ],
      [
        ["compare", file, file, "--seeds", "1..2", "--report", "nowhere/r.html"],
        /--report nowhere\/r\.html: the directory .* does not exist/,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await cli(args, dir);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });
});

describe("the comparison report", () => {
  const summary = (seed: number, shift: number): StoredSummary =>
    Object.fromEntries(
      SUMMARY_NAMES.map((n, i) => [
        n,
        n === "unpredictability" ? null : i + ((seed * 7) % 5) + shift,
      ]),
    ) as StoredSummary;
  const pairs: Pair[] = [1, 2, 3, 4, 5].map((seed) => ({
    seed,
    a: summary(seed, 0),
    b: summary(seed, seed % 2),
  }));
  const rows = comparePairs(pairs);
  const labels = { a: "a.json", b: "a.json --set feed.ranker=random" };
  const curve = (power: number) => Array.from({ length: 101 }, (_, i) => (i / 100) ** power);
  const html = comparisonReport({
    labels,
    pairs,
    rows,
    lorenz: { a: curve(2), b: curve(3) },
    command: "likesim compare a.json a.json --set feed.ranker=random --seeds 1..5",
    version: "0.1.0",
    markdown: comparisonMarkdown(rows, labels),
  });

  it("matches its snapshot on a fixed fixture", async () => {
    await expect(html).toMatchFileSnapshot("./__snapshots__/comparison-report.html");
  });

  it("escapes what the user typed", () => {
    const escaped = comparisonReport({
      labels: { a: "<b>", b: '"x"' },
      pairs,
      rows,
      lorenz: { a: curve(2), b: curve(2) },
      command: "likesim compare <b>",
      version: "0.1.0",
      markdown: "",
    });
    expect(escaped).not.toContain("<b>");
    expect(escaped).toContain("&lt;b&gt;");
  });
});
