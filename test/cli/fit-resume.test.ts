import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIKE_RATES, PRIORS, SMALL_FIT, writeFit } from "./fit-fixtures.js";
import { cli, killOnceWritten, tempDir } from "./helpers.js";

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
    // Kill once generation 0 (80 simulations, 160 runs) is on disk and later ones are under way.
    const { signal, before } = await killOnceWritten(
      [...args, "--jobs", "2", "--out", "killed.ndjson"],
      dir,
      out,
      200,
    );
    expect(signal).toBe("SIGKILL");

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
