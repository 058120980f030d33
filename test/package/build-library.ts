import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Vitest's global setup for the unit tests: the tests that spawn `likesim` or pack the
 * package run the compiled lib/, as users do, so lib/ must be built from the sources under
 * test. `npm install` builds it (the prepare script); this rebuilds it only when a source
 * file is newer than the build, so an edit is never tested against a stale lib/.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));

function newestSource(): number {
  let newest = statSync(`${root}/tsconfig.lib.json`).mtimeMs;
  for (const name of readdirSync(`${root}/src`, { recursive: true, encoding: "utf8" })) {
    if (name.endsWith(".ts")) newest = Math.max(newest, statSync(`${root}/src/${name}`).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = `${root}/lib/index.js`;
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return;
  execFileSync("npm", ["run", "--silent", "build:lib"], { cwd: root, stdio: "inherit" });
}
