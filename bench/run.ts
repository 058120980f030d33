import { writeFileSync } from "node:fs";
import { runLargeBench } from "./large-report.js";
import { runMeasuresBench } from "./measures-report.js";
import { runParallelBench } from "./parallel-report.js";
import { FULL_PLAN, QUICK_PLAN } from "./plan.js";
import { formatReport } from "./report.js";
import { runBench } from "./suite.js";

// `npm run bench [-- --quick]`: every workload in one process, a table on the terminal and
// every figure in bench/results.json. `-- --measures [--quick]`: only the summary measures,
// timed at 100,000 and 1,000,000 users (10,000 and 100,000 with --quick), in
// bench/results-measures.json. `-- --parallel [--quick]`: only the sweep pool and the
// worlds-in-parallel parts, in bench/results-parallel.json. `-- --large [--users N]
// [--ticks N]`: the default scenario at 1,000,000 users (or N) for 240 ticks (or N, the rest
// extrapolated), every measure timed, in bench/results-large.json.
const args = process.argv.slice(2);
const FLAGS = ["--quick", "--measures", "--parallel", "--large"];
const VALUED = ["--users", "--ticks"];
const valued = new Map<string, number>();
for (let i = 0; i < args.length; i++) {
  if (FLAGS.includes(args[i])) continue;
  const value = Number(args[i + 1]);
  if (
    VALUED.includes(args[i]) &&
    args.includes("--large") &&
    Number.isInteger(value) &&
    value > 0
  ) {
    valued.set(args[i], value);
    i++;
    continue;
  }
  console.error(
    `bench: unknown argument ${args[i]}; allowed: ${FLAGS.join(", ")}, and with --large ${VALUED.map((f) => `${f} N (a whole number > 0)`).join(", ")}`,
  );
  process.exit(2);
}
const quick = args.includes("--quick");
const log = (line: string) => console.error(`… ${line}`);
if (args.includes("--large")) {
  const fullTicks = 240;
  runLargeBench(
    {
      users: valued.get("--users") ?? 1_000_000,
      ticks: Math.min(valued.get("--ticks") ?? fullTicks, fullTicks),
      fullTicks,
      seed: 1,
    },
    log,
  );
  process.exit(0);
}
if (args.includes("--parallel")) {
  await runParallelBench(quick ? QUICK_PLAN : FULL_PLAN, log);
  process.exit(0);
}
if (args.includes("--measures")) {
  runMeasuresBench(quick, (line) => console.error(`… ${line}`));
  process.exit(0);
}
const results = await runBench(quick ? QUICK_PLAN : FULL_PLAN, quick, (line) =>
  console.error(`… ${line}`),
);
const out = new URL("./results.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatReport(results));
console.log(`All figures: ${out.pathname}`);
