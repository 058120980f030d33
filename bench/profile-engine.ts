import { defaultScenarioWith } from "./default-scenario.js";
import { engineModel } from "./models.js";

// The engine alone on the default scenario, for a CPU profile:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-engine.ts [users] [ticks]
//   npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile
const users = Number(process.argv[2] ?? 100_000);
const ticks = Number(process.argv[3] ?? 120);
if (!(Number.isInteger(users) && users >= 2 && Number.isInteger(ticks) && ticks >= 1)) {
  console.error(
    `profile-engine: users ${process.argv[2]}, ticks ${process.argv[3]}; allowed: whole numbers, users ≥ 2, ticks ≥ 1`,
  );
  process.exit(2);
}
const model = engineModel(defaultScenarioWith(users), 1);
const start = performance.now();
for (let tick = 0; tick < ticks; tick++) model.step();
const seconds = (performance.now() - start) / 1000;
const { impressions } = model.totals();
console.log(
  `${users} users, ${ticks} ticks: ${seconds.toFixed(1)} s, ${(impressions / seconds / 1e6).toFixed(2)} M impressions/s`,
);
