import { readFileSync } from "node:fs";
import { relative } from "node:path";

// Self time per function in a V8 .cpuprofile (node --cpu-prof), largest first. Functions
// the JIT inlined count toward their caller; add --no-turbo-inlining to split them out.
// Line numbers are left out: under tsx they point into the transformed code.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg = "20"] = process.argv.slice(2);
const count = Number(rowsArg);
if (!file || !(Number.isInteger(count) && count > 0)) {
  console.error(
    `profile-summary: give one .cpuprofile file and optionally a row count (a whole number > 0, default 20); got ${process.argv.slice(2).join(" ")}`,
  );
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<string, number>();
let totalMs = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url } = byId.get(id)!.callFrame;
  const where = url ? relative(process.cwd(), url.replace(/^file:\/\//, "")) : "";
  const key = `${functionName || "(anonymous)"} ${where}`.trim();
  const ms = profile.timeDeltas[i] / 1000;
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  totalMs += ms;
});
const rows = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, count);
for (const [key, ms] of rows) {
  console.log(
    `${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${key}`,
  );
}
console.log(`total ${totalMs.toFixed(0)} ms`);
