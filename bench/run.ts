import { writeFileSync } from "node:fs";
import { runMeasuresBench } from "./measures-report.js";
import { runParallelBench } from "./parallel-report.js";
import { FULL_PLAN, QUICK_PLAN } from "./plan.js";
import { formatReport } from "./report.js";
import { runBench } from "./suite.js";

// `npm run bench [-- --quick]`: every workload in one process, a table on the terminal and
// every figure in bench/results.json. `-- --measures [--quick]`: only the summary measures,
// timed at 100,000 and 1,000,000 users (10,000 and 100,000 with --quick), in
// bench/results-measures.json. `-- --parallel [--quick]`: only the sweep pool and the
// worlds-in-parallel parts, in bench/results-parallel.json.
const args = process.argv.slice(2);
const ALLOWED = ["--quick", "--measures", "--parallel"];
const unknown = args.filter((arg) => !ALLOWED.includes(arg));
if (unknown.length > 0) {
  console.error(`bench: unknown argument ${unknown[0]}; allowed: ${ALLOWED.join(", ")}`);
  process.exit(2);
}
const quick = args.includes("--quick");
const log = (line: string) => console.error(`… ${line}`);
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
