import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { median } from "./median.js";

// Two versions of the engine on the default scenario, stepped tick by tick in one process, in
// turns (A then B, then B then A), so that the load of a shared machine falls on both alike;
// run it twice with the directories swapped to cancel what being built first does (about 3%):
//   mkdir -p .ab/main && git archive main src scenarios | tar -x -C .ab/main
//   npx tsx bench/engine-ab.ts .ab/main . [users] [ticks]
// Each directory holds a src/ and a scenarios/ (inside the repository, so the dependencies
// resolve). Prints impressions per CPU-second of each, B's speed over A's (by summed CPU time
// and by the median of the per-tick ratios, the first 8 ticks left out) and whether the two
// runs gave the same impressions and likes per video.
const [dirA, dirB, usersArg = "100000", ticksArg = "48"] = process.argv.slice(2);
const users = Number(usersArg);
const ticks = Number(ticksArg);
if (!dirA || !dirB || !(Number.isInteger(users) && users >= 2 && Number.isInteger(ticks))) {
  console.error(
    `engine-ab: give two directories, then optionally users and ticks (whole numbers, users ≥ 2); got ${process.argv.slice(2).join(" ")}`,
  );
  process.exit(2);
}
const SKIPPED = 8;
if (ticks <= SKIPPED) {
  console.error(`engine-ab: ticks ${ticks}; allowed: more than ${SKIPPED}`);
  process.exit(2);
}

interface Stepped {
  step(ticks: number): void;
  snapshot(): {
    videos: { count: number; impressions: ArrayLike<number>; likes: ArrayLike<number> };
  };
}

async function build(dir: string): Promise<Stepped> {
  const root = resolve(dir);
  const engine = await import(`${root}/src/engine/index.ts`);
  const scenario = JSON.parse(readFileSync(`${root}/scenarios/default.json`, "utf8"));
  const sized = (n: number) => ({ ...scenario, population: { ...scenario.population, users: n } });
  engine.createSimulation(sized(1_000), { seed: 0 }).step(10);
  return engine.createSimulation(sized(users), { seed: 1 });
}

const runs = [await build(dirA), await build(dirB)];
const cpu: number[][] = [[], []];
for (let tick = 0; tick < ticks; tick++) {
  for (const i of tick % 2 === 0 ? [0, 1] : [1, 0]) {
    const start = process.cpuUsage();
    runs[i].step(1);
    const used = process.cpuUsage(start);
    cpu[i].push((used.user + used.system) / 1e6);
  }
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const [a, b] = runs.map((run) => run.snapshot().videos);
let impressions = 0;
let same = a.count === b.count;
for (let v = 0; v < a.count; v++) {
  impressions += a.impressions[v];
  same &&= a.impressions[v] === b.impressions[v] && a.likes[v] === b.likes[v];
}
[dirA, dirB].forEach((dir, i) => {
  console.log(
    `${dir}: ${(impressions / sum(cpu[i]) / 1e6).toFixed(3)} M impressions per CPU-second (${sum(cpu[i]).toFixed(2)} CPU-s)`,
  );
});
const ratios = cpu[1].slice(SKIPPED).map((c, t) => cpu[0][t + SKIPPED] / c);
console.log(
  `B over A: ${(sum(cpu[0]) / sum(cpu[1])).toFixed(3)} by CPU time, ${median(ratios).toFixed(3)} by median tick; same impressions and likes per video: ${same ? "yes" : "NO"}`,
);
