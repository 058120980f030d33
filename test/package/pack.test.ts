import { execFileSync, type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Packed, pack, writeOfflineProject } from "./offline-project.js";

/**
 * The package as others get it: `npm pack`, then a fresh project installs the tarball with
 * `npm ci --offline` (npm's cache holds every dependency after the repository's own
 * `npm ci`, so no network is used, and npm fails rather than fetch), type-checks and runs
 * the README's example and a batch script, and runs the `likesim` command.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const TSC = join(root, "node_modules/typescript/bin/tsc");

/** The README's "Use it as a library" example, exactly as printed there. */
function readmeExample(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Use it as a library"));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error("README.md has no ts example under 'Use it as a library'");
  return code;
}

const BATCH_SCRIPT = `import { parseSweepAxis } from "likesim";
import { planBatchRuns, readScenarioFile, runBatch, workerPool } from "likesim/batch";

const file = await readScenarioFile("small.json");
const axes = [parseSweepAxis("feed.ranker=random,popularity")];
const plans = await planBatchRuns([{ file, overrides: [] }], axes, [1, 2]);
const executor = workerPool(2);
const finished = await runBatch(plans, { executor }).finally(() => executor.close());
const rows = finished.map(({ line }) => [line.sweep["feed.ranker"], line.seed, line.summary.likes]);
console.log(JSON.stringify(rows.sort()));
`;

let dir: string;
let packed: Packed;

/**
 * The environment of the fresh project's commands: offline, and without the npm_* variables
 * an enclosing `npm test` sets (its package, its prefix), which would point npm back at this
 * repository. npm's cache is kept: it is where the dependencies come from.
 */
function projectEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { FORCE_COLOR: "0", npm_config_offline: "true" };
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_cache$/i.test(key)) env[key] ??= value;
  }
  return env;
}

function run(command: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: dir, encoding: "utf8", env: projectEnv() });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "likesim-pack-"));
  packed = pack(root, dir);
  writeOfflineProject(root, dir, packed);
  execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund"], {
    cwd: dir,
    stdio: "pipe",
    env: projectEnv(),
  });
  writeFileSync(join(dir, "example.ts"), readmeExample());
  writeFileSync(join(dir, "batch.ts"), BATCH_SCRIPT);
  writeFileSync(join(dir, "small.json"), JSON.stringify({ ticks: 10, population: { users: 200 } }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        types: ["node"],
        skipLibCheck: true,
        outDir: "out",
      },
      files: ["example.ts", "batch.ts"],
    }),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the compiled library, its types, the command, the scenarios and targets, and no sources or tests", () => {
    const paths = packed.files.map((file) => file.path);
    for (const path of [
      "package.json",
      "README.md",
      "bin/likesim.js",
      "lib/index.js",
      "lib/index.d.ts",
      "lib/batch.js",
      "lib/batch.d.ts",
      "lib/cli/main.js",
      "lib/cli/batch/batch-worker.js",
      // Every scenario, since likesim lesson reads its scenario from the package.
      ...readdirSync(join(root, "scenarios")).map((name) => `scenarios/${name}`),
      // The targets files likesim fit takes, with their sources and schema.
      ...readdirSync(join(root, "targets")).map((name) => `targets/${name}`),
    ]) {
      expect(paths).toContain(path);
    }
    const allowed =
      /^(package\.json|README\.md|bin\/likesim\.js|lib\/.+\.(js|d\.ts)|(scenarios|targets)\/[\w-]+\.json)$/;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThan(1024 * 1024);
  });

  it("installs its dependencies only: no TypeScript runner, no UI library", () => {
    for (const name of ["likesim", "zod", "seedrandom", "graphology", "d3-scale"])
      expect(existsSync(join(dir, "node_modules", name, "package.json")), name).toBe(true);
    for (const name of ["tsx", "typescript", "lit", "comlink", "d3", "vite"])
      expect(existsSync(join(dir, "node_modules", name)), name).toBe(false);
  });

  it("type-checks the README's example and a batch script against the shipped types", () => {
    const result = run(process.execPath, [TSC, "-p", "."]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("ships types for the likesim entry that name nothing of Node's", () => {
    const lib = join(dir, "node_modules/likesim/lib");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from "node:|\bNodeJS\.|\bBuffer\b|reference types="node"/);
      for (const [, specifier] of text.matchAll(/(?:from |import\()"(\.[^"]+)\.js"/g))
        visit(join(dirname(file), `${specifier}.d.ts`));
    };
    visit(join(lib, "index.d.ts"));
    for (const part of ["engine/types.d.ts", "scenario/schema.d.ts", "metrics/power-law.d.ts"])
      expect(seen).toContain(join(lib, part));
  });

  it("runs the README's example", () => {
    const result = run(process.execPath, ["out/example.js"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^likes \d+, Gini over videos 0\.\d{3}\nlikes per video: power-law tail α = \d+\.\d\d from \d+\n$/,
    );
  });

  it("runs a sweep through likesim/batch on two compiled worker threads", () => {
    const result = run(process.execPath, ["out/batch.js"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const rows: [string, number, number][] = JSON.parse(result.stdout);
    expect(rows.map(([ranker, seed]) => `${ranker} ${seed}`)).toEqual([
      "popularity 1",
      "popularity 2",
      "random 1",
      "random 2",
    ]);
    for (const [, , likes] of rows) expect(likes).toBeGreaterThan(0);
  });

  it("runs `npx likesim --help` and `npx likesim run` from the project", () => {
    const help = run("npx", ["likesim", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^likesim: agent-based simulation/);
    const scenario = "node_modules/likesim/scenarios/default.json";
    const result = run("npx", [
      "likesim",
      "run",
      scenario,
      "--seed",
      "1",
      "--ticks",
      "10",
      "--set",
      "population.users=300",
      "--json",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout);
    expect(line).toMatchObject({
      format: "likesim-run/1",
      scenario: "default",
      seed: 1,
      ticks: 10,
    });
    expect(line.summary.impressions).toBeGreaterThan(0);
  });
});
