import { resolve } from "node:path";
import { checkNotSet, checkPriorFields } from "../../inference/prior-fields.js";
import { checkDistinct, PriorError, parsePrior } from "../../inference/priors.js";
import { applyOverrides, dotted } from "../../scenario/overrides.js";
import { writeFileAtomic } from "../atomic-write.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import { planPoints } from "../batch/plan.js";
import { checkWritable } from "../batch/results-file.js";
import { checkShardHasOut, runSharded } from "../batch/sharded-runs.js";
import type { Io } from "../io.js";
import { overridesOption, parseCommandLine, positionals, seedsOption } from "../options.js";
import { sensitivityReport } from "../report/sensitivity-report.js";
import { readScenarioFile } from "../scenario-file.js";
import { indicesByMetric, makeDesign, pointOverrides } from "../sensitivity/sensitivity-design.js";
import { sensitivitySettings } from "../sensitivity/sensitivity-options.js";
import {
  sensitivityJson,
  sensitivityResult,
  sensitivityText,
} from "../sensitivity/sensitivity-output.js";
import { resolveShard } from "../shard.js";

const OPTIONS = {
  method: { type: "string" },
  param: { type: "string", multiple: true },
  metric: { type: "string", multiple: true },
  trajectories: { type: "string" },
  levels: { type: "string" },
  samples: { type: "string" },
  "design-seed": { type: "string" },
  bootstrap: { type: "string" },
  seed: { type: "string" },
  seeds: { type: "string" },
  set: { type: "string", multiple: true },
  ticks: { type: "string" },
  out: { type: "string" },
  report: { type: "string" },
  shard: { type: "string" },
  "shard-count": { type: "string" },
  jobs: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * `likesim sensitivity`: a Morris screen or Sobol' indices of the scenario's summary metrics
 * over parameter ranges (--param). Every run of the design is a plain result line (its
 * parameter values in `sweep`), so --out resumes, --shard splits the design across machines
 * as for sweeps, and `likesim merge` joins the shards; the indices are computed once every
 * run of the design is in the file.
 */
export async function sensitivityCommand(args: string[], io: Io): Promise<number> {
  const { values: flags, positionals: given } = parseCommandLine("sensitivity", args, OPTIONS);
  const [scenarioPath] = positionals("sensitivity", given, ["scenario.json"]);
  const settings = sensitivitySettings(flags);
  const { method, size, designSeed } = settings;
  if (!flags.param || flags.param.length < 2) {
    throw new PriorError(
      "likesim sensitivity needs at least two --param path=low..high (or path=log:low..high)",
    );
  }
  const priorsGiven = flags.param.map((text) => parsePrior(text, "--param"));
  checkDistinct(priorsGiven);
  const file = await readScenarioFile(scenarioPath, io.cwd);
  const sets = overridesOption(flags);
  checkNotSet(
    priorsGiven,
    sets.map((o) => dotted(o.path)),
  );
  const priors = checkPriorFields(priorsGiven, applyOverrides(file.input, sets));
  const seeds = seedsOption(flags) ?? [file.scenario.seed];
  const shard = resolveShard(flags.shard, flags["shard-count"], io.env);
  checkShardHasOut(shard, flags.out);

  const design = makeDesign(method, priors, size, designSeed);
  const points = design.design.points.map((unit) => pointOverrides(priors, unit));
  const plans = await planPoints({ file, overrides: sets }, 0, points, seeds);
  const targets = checkOutputTargets({ out: flags.out }, io.cwd);
  const report = flags.report === undefined ? undefined : resolve(io.cwd, flags.report);
  if (report) checkWritable(report, `--report ${flags.report}`);
  const byKey = await runSharded(plans, {
    command: "sensitivity",
    shard,
    results: targets.results,
    jobs: flags.jobs,
    io,
    quiet: flags.quiet ?? false,
  });
  if (!byKey) return 0;
  const summaries = points.map((_, p) =>
    seeds.map((_s, s) => byKey.get(plans[p * seeds.length + s].key)!.summary),
  );
  const result = sensitivityResult({
    file,
    sets,
    priors,
    settings,
    seeds,
    runs: byKey.size,
    command: ["likesim", "sensitivity", ...args].join(" "),
    indices: indicesByMetric(design, priors, summaries, settings),
  });
  if (report) {
    writeFileAtomic(report, sensitivityReport(result));
    if (!flags.quiet) io.err(`wrote the report to ${flags.report}\n`);
  }
  io.out(flags.json ? sensitivityJson(result) : sensitivityText(result));
  return 0;
}
