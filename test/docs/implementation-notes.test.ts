import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeSpans } from "./markdown-tables.js";

/**
 * docs/implementation-notes.md says where each part lives and where each random stream is
 * drawn. These checks keep that true as files come and go: every source file of the model is
 * listed, every path the notes name exists, and every named stream is accounted for.
 */
const root = new URL("../..", import.meta.url);
const notes = readFileSync(new URL("docs/implementation-notes.md", root), "utf8");
const spans = new Set(codeSpans(notes));

function sourceFiles(dir: string): string[] {
  return readdirSync(new URL(dir, root), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${dir}/${name.replaceAll("\\", "/")}`)
    .sort();
}

describe("docs/implementation-notes.md", () => {
  it.each([
    "src/engine",
    "src/metrics",
    "src/scenario",
    "src/deterministic",
    "src/engine-host",
    "src/inference",
  ])("lists every file of %s", (dir) => {
    const files = sourceFiles(dir);
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((file) => !spans.has(file))).toEqual([]);
  });

  it("names only files and folders that exist", () => {
    const paths = [...spans].filter((span) =>
      /^(src|workers|bench|test|scenarios|docs|public)\/[\w./-]*$/.test(span),
    );
    expect(paths.length).toBeGreaterThan(60);
    expect(paths.filter((path) => !existsSync(new URL(path, root)))).toEqual([]);
  });

  it("gives a row to every named random stream", () => {
    const source = readFileSync(new URL("src/deterministic/random.ts", root), "utf8");
    const union = /export type StreamName =([^;]+);/.exec(source)?.[1] ?? "";
    const names = [...union.matchAll(/"([a-z]+)"/g)].map((match) => match[1]);
    expect(names).toContain("population");
    const rows = notes.split("\n").filter((line) => line.startsWith("| `"));
    for (const name of names) {
      expect(
        rows.some((row) => row.startsWith(`| \`${name}\``)),
        name,
      ).toBe(true);
    }
  });
});
