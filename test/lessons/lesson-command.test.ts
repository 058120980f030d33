import { describe, expect, it } from "vitest";
import { LESSONS } from "../../src/lessons/catalog.js";
import { musiclab } from "../../src/lessons/definitions/musiclab.js";
import { cli, tempDir } from "../cli/helpers.js";
import { runArm } from "./helpers.js";

interface LessonJson {
  lesson: string;
  seeds: number[];
  metrics: {
    metric: string;
    a: { n: number; mean: number };
    b: { n: number; mean: number };
    difference: { mean: number };
    higher: number;
    lower: number;
    p: number;
  }[];
}

describe("likesim lesson", () => {
  it("--list names every lesson with its title, in order", async () => {
    const { code, out } = await cli(["lesson", "--list"], tempDir());
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(LESSONS.map((l) => l.id));
    for (const [i, lesson] of LESSONS.entries()) expect(lines[i]).toContain(lesson.title);
  });

  it("runs both arms on each seed, from any directory, and reports the engine's own numbers", async () => {
    const { code, out } = await cli(
      ["lesson", "musiclab", "--seeds", "1..3", "--jobs", "1", "--json"],
      tempDir(),
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as LessonJson;
    expect(result.lesson).toBe("musiclab");
    expect(result.seeds).toEqual([1, 2, 3]);
    expect(result.metrics.map((m) => m.metric)).toEqual([...musiclab.metrics]);
    const direct = [1, 2, 3].map((seed) => ({
      a: runArm(musiclab, "a", seed).metrics().summary,
      b: runArm(musiclab, "b", seed).metrics().summary,
    }));
    for (const row of result.metrics) {
      const metric = row.metric as (typeof musiclab.metrics)[number];
      const meanOf = (arm: "a" | "b") => direct.reduce((s, d) => s + d[arm][metric], 0) / 3;
      expect(row.a.n).toBe(3);
      expect(row.a.mean).toBeCloseTo(meanOf("a"), 12);
      expect(row.b.mean).toBeCloseTo(meanOf("b"), 12);
      expect(row.difference.mean).toBeCloseTo(meanOf("b") - meanOf("a"), 12);
      expect(row.higher + row.lower).toBeLessThanOrEqual(3);
    }
  });

  it("prints a Markdown table with the supported answer and the filled-in texts", async () => {
    const { code, out } = await cli(
      ["lesson", "musiclab", "--seeds", "1,2", "--jobs", "1"],
      tempDir(),
    );
    expect(code).toBe(0);
    expect(out).toContain("| metric | A mean [95% CI] | B mean [95% CI] |");
    expect(out).toMatch(/\| giniVideos \| 0\.\d+ \[/);
    expect(out).toContain(musiclab.prediction.choices[musiclab.prediction.supported]);
    expect(out).not.toMatch(/\{\w+\.(a|b|diff)/);
  });

  it("refuses an unknown lesson, naming the lessons there are", async () => {
    const { code, out, err } = await cli(["lesson", "no-such"], tempDir());
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('unknown lesson "no-such"');
    for (const lesson of LESSONS) expect(err).toContain(lesson.id);
  });

  it("refuses a missing lesson name", async () => {
    const { code, err } = await cli(["lesson"], tempDir());
    expect(code).toBe(2);
    expect(err).toContain("takes one lesson name; got none");
  });

  it("refuses two lesson names", async () => {
    const { code, err } = await cli(["lesson", "musiclab", "going-viral"], tempDir());
    expect(code).toBe(2);
    expect(err).toContain('got "musiclab" "going-viral"');
  });

  it("refuses a malformed seed range", async () => {
    const { code, err } = await cli(["lesson", "musiclab", "--seeds", "5..1"], tempDir());
    expect(code).toBe(2);
    expect(err).toContain("--seeds");
  });

  it("refuses --list with a lesson name", async () => {
    const { code, err } = await cli(["lesson", "--list", "musiclab"], tempDir());
    expect(code).toBe(2);
    expect(err).toContain("--list takes no lesson name");
  });

  it("documents itself in --help", async () => {
    const { code, out } = await cli(["lesson", "--help"], tempDir());
    expect(code).toBe(0);
    expect(out).toContain("Usage: likesim lesson <name>");
    const main = await cli(["--help"], tempDir());
    expect(main.out).toContain("lesson <name>");
  });
});
