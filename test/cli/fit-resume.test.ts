import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LIKE_RATES, PRIORS, SMALL_FIT, writeFit } from "./fit-fixtures.js";
import { cli, tempDir } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../bin/likesim.js", import.meta.url));

function posterior(text: string) {
  const { particles, parameters, generations, checks, stop } = JSON.parse(text);
  return { particles, parameters, generations, checks, stop };
}

describe("a killed fit", () => {
  it("resumes from --out to exactly the posterior of an uninterrupted fit (SIGKILL mid-fit)", async () => {
    const dir = tempDir();
    const files = writeFit(dir, LIKE_RATES);
    const args = [
      "fit",
      files.scenario,
      "--targets",
      files.targets,
      ...PRIORS,
      ...SMALL_FIT,
      "--json",
    ];
    const out = join(dir, "killed.ndjson");
    const child = spawn(process.execPath, [BIN, ...args, "--jobs", "2", "--out", "killed.ndjson"], {
      cwd: dir,
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    // Kill once generation 0 (80 simulations, 160 runs) is on disk and later ones are under way.
    const started = performance.now();
    while (!(existsSync(out) && readFileSync(out, "utf8").split("\n").length > 200)) {
      if (performance.now() - started > 60_000)
        throw new Error("the fit wrote too little within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const before = readFileSync(out, "utf8");

    const resumed = await cli([...args, "--jobs", "1", "--out", "killed.ndjson"], dir);
    expect(resumed.code).toBe(0);
    const clean = await cli([...args, "--jobs", "2", "--out", "clean.ndjson"], dir);
    expect(posterior(resumed.out)).toEqual(posterior(clean.out));
    // The resumed fit reused what was on disk and kept it as it was.
    expect(JSON.parse(resumed.out).runs.reused).toBeGreaterThanOrEqual(160);
    expect(JSON.parse(resumed.out).runs.run).toBeLessThan(JSON.parse(clean.out).runs.run);
    expect(
      readFileSync(out, "utf8").startsWith(before.slice(0, before.lastIndexOf("\n") + 1)),
    ).toBe(true);
  });
});
