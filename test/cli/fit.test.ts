import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIKE_RATES, MARKET, marketTargets, PRIORS, SMALL_FIT, writeFit } from "./fit-fixtures.js";
import { cli, readLines, tempDir } from "./helpers.js";

function fitArgs(files: { scenario: string; targets: string }, ...more: string[]) {
  return ["fit", files.scenario, "--targets", files.targets, ...PRIORS, ...SMALL_FIT, ...more];
}

/** A fit of the market against one social target (observed 1, scale 1, and `fields`). */
function oneTarget(fields: object, scenario: object = MARKET) {
  return (dir: string) =>
    fitArgs(
      writeFit(
        dir,
        marketTargets([{ condition: "social", observed: 1, scale: 1, ...fields }]),
        scenario,
      ),
    );
}

/** A fit of the market with one prior. */
function oneParam(prior: string) {
  return (dir: string) => [
    "fit",
    writeFit(dir, LIKE_RATES).scenario,
    "--targets",
    "targets.json",
    "--param",
    prior,
  ];
}

describe("likesim fit: bad input", () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      "no --targets",
      (dir) => ["fit", writeFit(dir, LIKE_RATES).scenario, ...PRIORS],
      /needs --targets FILE/,
    ],
    [
      "no --param",
      (dir) => ["fit", "market.json", "--targets", writeFit(dir, LIKE_RATES).targets],
      /at least one --param/,
    ],
    [
      "a backwards range",
      oneParam("behaviour.baseline=2..1"),
      /--param behaviour\.baseline=2\.\.1: the range 2\.\.1 is empty/,
    ],
    [
      "a log range through 0",
      oneParam("creators.postRate=log:0..0.2"),
      /log-uniform range must be positive/,
    ],
    [
      "an unknown field",
      oneParam("behaviour.socialProff=0..1"),
      /unknown field behaviour\.socialProff; behaviour has: likeModel/,
    ],
    [
      "a range the field does not allow",
      oneParam("creators.postRate=0..2"),
      /leaves what creators\.postRate allows; allowed: within 0\.\.1/,
    ],
    ["a text field", oneParam("feed.ranker=0..1"), /feed\.ranker is not a number field/],
    [
      "a parameter also set",
      (dir) => [...fitArgs(writeFit(dir, LIKE_RATES)), "--set", "behaviour.baseline=-2"],
      /--param behaviour\.baseline=-\d\.\.-\d: the field is also given by --set/,
    ],
    [
      "a target with neither metric nor figure",
      oneTarget({}),
      /targets\.0: got .*allowed: exactly one of metric or figure/,
    ],
    [
      "an unknown metric",
      oneTarget({ metric: "gini" }),
      /targets\.0\.metric: got "gini"; allowed: one of "impressions"/,
    ],
    [
      "an unknown condition",
      oneTarget({ metric: "likes", condition: "sociall" }),
      /targets\.0\.condition: got "sociall"; allowed: one of "social", "independent"/,
    ],
    [
      "a scale of 0",
      oneTarget({ metric: "likes", scale: 0 }),
      /targets\.0\.scale: got 0; allowed: > 0/,
    ],
    [
      "a measure creators do not have",
      oneTarget({ figure: { kind: "gini", of: "creators", measure: "shares" } }),
      /targets\.0\.figure\.measure: got "shares"; allowed: for creators: one of "likes", "posts"/,
    ],
    [
      "a top share with both fraction and count",
      oneTarget({ figure: { kind: "topShare", fraction: 0.1, count: 2 } }),
      /targets\.0\.figure: .*exactly one of fraction or count/,
    ],
    [
      "a condition setting an unknown field",
      (dir) =>
        fitArgs(
          writeFit(dir, {
            ...LIKE_RATES,
            conditions: { social: {}, independent: { "feed.rankr": "random" } },
          }),
        ),
      /unknown field feed\.rankr/,
    ],
    [
      "a condition setting a bad value",
      (dir) =>
        fitArgs(
          writeFit(dir, {
            ...LIKE_RATES,
            conditions: { social: {}, independent: { "feed.ranker": "best" } },
          }),
        ),
      /feed\.ranker: got "best"; allowed: one of "random"/,
    ],
    [
      "unpredictability with one world",
      oneTarget({ metric: "unpredictability" }, { ...MARKET, worlds: 1 }),
      /targets\.0\.metric: unpredictability needs worlds ≥ 2 in condition social/,
    ],
    [
      "a targets file that is not JSON",
      (dir) => {
        const files = writeFit(dir, LIKE_RATES);
        writeFileSync(join(dir, files.targets), '{ "name": "x", ');
        return fitArgs(files);
      },
      /targets\.json is not valid JSON at line 1/,
    ],
    [
      "a missing targets file",
      (dir) => ["fit", writeFit(dir, LIKE_RATES).scenario, "--targets", "nope.json", ...PRIORS],
      /targets file .*nope\.json: no such file/,
    ],
    [
      "a budget too small for generation 0",
      (dir) => [...fitArgs(writeFit(dir, LIKE_RATES)), "--budget", "50"],
      /budget 50: generation 0 alone needs 80 simulations/,
    ],
  ];
  it.each(cases)("exits 2 on %s, naming it, and writes nothing", async (_name, args, message) => {
    const dir = tempDir();
    const { code, err } = await cli(
      [...args(dir), "--out", "runs.ndjson", "--report", "r.html"],
      dir,
    );
    expect(err).toMatch(message);
    expect(code).toBe(2);
    expect(existsSync(join(dir, "runs.ndjson"))).toBe(false);
    expect(existsSync(join(dir, "r.html"))).toBe(false);
  });
});

describe("likesim fit", () => {
  it("documents every option in its help", async () => {
    const { code, out } = await cli(["fit", "--help"], tempDir());
    expect(code).toBe(0);
    for (const option of [
      "--targets",
      "--param",
      "--particles",
      "--prior-draws",
      "--quantile",
      "--generations",
      "--min-acceptance",
      "--budget",
      "--tolerance",
      "--check",
      "--seed",
      "--set",
      "--ticks",
      "--jobs",
      "--out",
      "--posterior",
      "--report",
      "--write-scenario",
      "--json",
      "--quiet",
    ])
      expect(out).toContain(`  ${option} `);
  });

  it("fits, writes every run, the posterior, a report and the fitted scenario", async () => {
    const dir = tempDir();
    const files = writeFit(dir, LIKE_RATES);
    const args = [
      ...fitArgs(files),
      "--jobs",
      "2",
      "--out",
      "runs.ndjson",
      "--posterior",
      "posterior.ndjson",
      "--report",
      "report.html",
      "--write-scenario",
      "fitted.json",
      "--json",
    ];
    const { code, out, err } = await cli(args, dir);
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.generations.map((g: { generation: number }) => g.generation)).toEqual([0, 1, 2]);
    expect(result.stop.reason).toBe("generations");
    expect(result.parameters.map((p: { path: string }) => p.path)).toEqual([
      "behaviour.baseline",
      "behaviour.socialProof",
    ]);
    // Every simulation is one run per condition, all in --out, with the parameters as sweep values.
    const runs = readLines(join(dir, "runs.ndjson"));
    expect(runs.length).toBe(result.runs.run);
    expect(runs.length).toBeGreaterThanOrEqual(2 * (result.simulations + 6));
    const independent = runs.filter((line) => line.overrides["feed.ranker"] === "random");
    expect(independent.length * 2).toBe(runs.length);
    for (const line of independent) {
      expect(line.overrides["behaviour.socialProof"]).toBe(0);
      expect(Object.keys(line.sweep)).toEqual(["behaviour.baseline"]);
    }
    const posterior = readFileSync(join(dir, "posterior.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(posterior).toHaveLength(20);
    expect(posterior.reduce((s: number, p: { weight: number }) => s + p.weight, 0)).toBeCloseTo(
      1,
      10,
    );
    expect(Object.keys(posterior[0].simulated)).toEqual([
      "social: likeRate",
      "independent: likeRate",
    ]);
    const report = readFileSync(join(dir, "report.html"), "utf8");
    expect(report).toContain("<svg");
    expect(report).toContain(result.statement.replaceAll("'", "&#39;").slice(0, 40));
    expect(report).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    const fitted = JSON.parse(readFileSync(join(dir, "fitted.json"), "utf8"));
    expect(fitted.behaviour.baseline).toBe(Number(result.parameters[0].median.toPrecision(4)));
    expect(fitted.behaviour.socialProof).toBe(Number(result.parameters[1].median.toPrecision(4)));
    expect((await cli(["validate", "fitted.json"], dir)).code).toBe(0);
  });

  it("writes the fitted scenario elsewhere with its relative paths still pointing at their files", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "networks"));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "networks", "ring.txt"), "0 1\n1 2\n2 3\n3 0\n");
    const files = writeFit(dir, LIKE_RATES, {
      ...MARKET,
      $schema: "./schema.json",
      population: { ...MARKET.population, users: 4, creatorShare: 0.5 },
      content: { ...MARKET.content, catalog: 4 },
      graph: { kind: "file", path: "networks/ring.txt" },
    });
    const args = [...fitArgs(files), "--particles", "4", "--generations", "1", "--check", "0"];
    const { code, err } = await cli([...args, "--write-scenario", "out/fitted.json"], dir);
    expect(err).toBe("");
    expect(code).toBe(0);
    const fitted = JSON.parse(readFileSync(join(dir, "out", "fitted.json"), "utf8"));
    expect(fitted.graph.path).toBe("../networks/ring.txt");
    expect(fitted.$schema).toBe("../schema.json");
    expect((await cli(["validate", "out/fitted.json"], dir)).code).toBe(0);
  });

  it("gives the same posterior on 1 and 2 workers, and reuses every run when run again", async () => {
    const dir = tempDir();
    const files = writeFit(dir, LIKE_RATES);
    const one = await cli(
      [...fitArgs(files), "--jobs", "1", "--json", "--out", "runs.ndjson"],
      dir,
    );
    const two = await cli([...fitArgs(files), "--jobs", "2", "--json"], dir);
    const again = await cli(
      [...fitArgs(files), "--jobs", "2", "--json", "--out", "runs.ndjson"],
      dir,
    );
    const posterior = (text: string) => {
      const { particles, parameters, generations } = JSON.parse(text);
      return { particles, parameters, generations };
    };
    expect(posterior(two.out)).toEqual(posterior(one.out));
    expect(posterior(again.out)).toEqual(posterior(one.out));
    expect(JSON.parse(again.out).runs.run).toBe(0);
    expect(JSON.parse(again.out).runs.reused).toBeGreaterThan(0);
  });

  it("measures distribution figures from each run and fits them", async () => {
    const dir = tempDir();
    const targets = marketTargets([
      { condition: "social", figure: { kind: "topShare", count: 3 }, observed: 0.4, scale: 0.05 },
      {
        condition: "independent",
        figure: { kind: "quantile", measure: "likeRate", q: 0.5, minImpressions: 5 },
        observed: 0.15,
        scale: 0.03,
      },
    ]);
    const { code, out } = await cli(
      [...fitArgs(writeFit(dir, targets)), "--json", "--out", "runs.ndjson"],
      dir,
    );
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.checks.map((c: { name: string }) => c.name)).toEqual([
      "social: topShare(videos.likes, top 3)",
      "independent: quantile(videos.likeRate, q 0.5, ≥5 impressions)",
    ]);
    const lines = readLines(join(dir, "runs.ndjson"));
    const social = lines.find((l) => l.overrides["feed.ranker"] === undefined)!;
    expect(Object.keys(social.figures ?? {})).toEqual(["topShare(videos.likes, top 3)"]);
    expect(social.figures!["topShare(videos.likes, top 3)"]).toBeGreaterThan(3 / 20);
  });

  it("ends a fit on a target the model cannot reach with a plain statement", async () => {
    const dir = tempDir();
    // The market's Gini cannot come near 0.98 (20 songs, quality drives likes).
    const targets = marketTargets([
      { condition: "social", metric: "giniVideos", observed: 0.98, scale: 0.01 },
      { condition: "independent", metric: "likeRate", observed: 0.17, scale: 0.02 },
    ]);
    const { code, out } = await cli(fitArgs(writeFit(dir, targets)), dir);
    expect(code).toBe(0);
    expect(out).toMatch(
      /The model did NOT reach the targets: the closest simulations it accepted are still \d+(\.\d+)? target scales away/,
    );
    expect(out).toMatch(/Furthest off: social: giniVideos \(observed 0\.98/);
    expect(out).toMatch(/not a posterior of the observed data/);
  });
});
