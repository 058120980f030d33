import { writeFileSync } from "node:fs";
import { FULL_PLAN, QUICK_PLAN } from "./plan.js";
import { formatReport } from "./report.js";
import { runBench } from "./suite.js";

// `npm run bench [-- --quick]`: every workload in one process, a table on the terminal and
// every figure in bench/results.json.
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--quick");
if (unknown.length > 0) {
  console.error(`bench: unknown argument ${unknown[0]}; allowed: --quick`);
  process.exit(2);
}
const quick = args.includes("--quick");
const results = await runBench(quick ? QUICK_PLAN : FULL_PLAN, quick, (line) =>
  console.error(`… ${line}`),
);
const out = new URL("./results.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatReport(results));
console.log(`All figures: ${out.pathname}`);
