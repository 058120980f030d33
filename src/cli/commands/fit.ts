import { resolve } from "node:path";
import { type AbcSettings, AbcSmc } from "../../inference/abc-smc.js";
import { checkDistinct, PriorError, parsePrior } from "../../inference/priors.js";
import { writeFileAtomic } from "../atomic-write.js";
import { withAppendingRuns } from "../batch/appending-runs.js";
import { checkOutputTargets } from "../batch/output-targets.js";
import { type ResultLine, runKey } from "../batch/result-line.js";
import { checkWritable } from "../batch/results-file.js";
import { fitJson, fitText, fittedScenario, posteriorLines } from "../fit/fit-output.js";
import { fitProblem, readTargetsFile } from "../fit/fit-problem.js";
import { fitProgressFor } from "../fit/fit-progress.js";
import { fitResult } from "../fit/fit-result.js";
import { runCheck, runFit } from "../fit/fit-runner.js";
import type { ParticleRunOptions } from "../fit/particle-runs.js";
import type { Io } from "../io.js";
import {
  countOption,
  jobsOption,
  MAX_JOBS,
  optionOr,
  overridesOption,
  parseCommandLine,
  positionals,
  realOption,
  seedsOption,
} from "../options.js";
import { fitReport } from "../report/fit-report.js";
import { readScenarioFile } from "../scenario-file.js";
import { UsageError } from "../usage-error.js";

const OPTIONS = {
  targets: { type: "string" },
  param: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  ticks: { type: "string" },
  seed: { type: "string" },
  particles: { type: "string" },
  "prior-draws": { type: "string" },
  quantile: { type: "string" },
  generations: { type: "string" },
  "min-acceptance": { type: "string" },
  budget: { type: "string" },
  tolerance: { type: "string" },
  check: { type: "string" },
  out: { type: "string" },
  posterior: { type: "string" },
  report: { type: "string" },
  "write-scenario": { type: "string" },
  jobs: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Flags = ReturnType<typeof parseCommandLine<typeof OPTIONS>>["values"];

function settingsOf(flags: Flags, seed: number): AbcSettings {
  return {
    particles: optionOr(countOption, "--particles", flags.particles, 100, [2, 1_000_000]),
    priorDraws: optionOr(realOption, "--prior-draws", flags["prior-draws"], 4, [1, 1000]),
    quantile: optionOr(realOption, "--quantile", flags.quantile, 0.5, [0.01, 0.99]),
    maxGenerations: optionOr(countOption, "--generations", flags.generations, 8, [1, 1000]),
    minAcceptance: optionOr(
      realOption,
      "--min-acceptance",
      flags["min-acceptance"],
      0.02,
      [1e-6, 1],
    ),
    budget: optionOr(countOption, "--budget", flags.budget, 20_000, [2, 1_000_000_000]),
    tolerance: optionOr(realOption, "--tolerance", flags.tolerance, 0, [0, 1e9]),
    seed,
  };
}

/** An output file's path: absolute, checked writable before the first run. */
function outputPath(given: string | undefined, flag: string, cwd: string): string | undefined {
  if (given === undefined) return undefined;
  const path = resolve(cwd, given);
  checkWritable(path, `${flag} ${given}`);
  return path;
}

/**
 * `likesim fit`: ABC-SMC of the scenario's parameters (--param) against a targets file, on
 * the batch pool, resumable through --out. Everything the user gave is checked before the
 * first run: arguments, the targets file, the priors against the schema, every
 * condition's scenario and the output paths.
 */
export async function fitCommand(args: string[], io: Io): Promise<number> {
  const { values: flags, positionals: given } = parseCommandLine("fit", args, OPTIONS);
  const [scenarioPath] = positionals("fit", given, ["scenario.json"]);
  if (flags.targets === undefined)
    throw new UsageError("likesim fit needs --targets FILE; see likesim fit --help");
  if (!flags.param || flags.param.length === 0) {
    throw new PriorError(
      "likesim fit needs at least one --param path=low..high (or path=log:low..high); see likesim fit --help",
    );
  }
  const priors = flags.param.map((text) => parsePrior(text, "--param"));
  checkDistinct(priors);
  const file = await readScenarioFile(scenarioPath, io.cwd);
  const sets = overridesOption(flags);
  const seed = seedsOption({ seed: flags.seed })?.[0] ?? file.scenario.seed;
  const settings = settingsOf(flags, seed);
  const draws = optionOr(countOption, "--check", flags.check, 40, [0, 100_000]);
  const targetsFile = readTargetsFile(flags.targets, io.cwd);
  const problem = await fitProblem(file, sets, flags.targets, targetsFile, priors);
  const abc = new AbcSmc(problem.priors, settings);

  const results = checkOutputTargets({ out: flags.out }, io.cwd).results;
  const paths = {
    posterior: outputPath(flags.posterior, "--posterior", io.cwd),
    report: outputPath(flags.report, "--report", io.cwd),
    scenario: outputPath(flags["write-scenario"], "--write-scenario", io.cwd),
  };
  const done = new Map<string, ResultLine>();
  for (const line of results?.lines ?? []) done.set(runKey(line), line);
  const progress = fitProgressFor(io, flags.quiet ?? false);
  const result = await withAppendingRuns(
    results,
    jobsOption(flags.jobs, MAX_JOBS),
    io,
    flags.quiet ?? false,
    async ({ writer, executor }) => {
      const options: ParticleRunOptions = { executor, writer, done, counts: { run: 0, reused: 0 } };
      try {
        const used = await runFit(problem, abc, options, progress);
        const posterior = abc.posterior;
        if (!posterior) throw new Error("ABC: no generation was kept");
        const checks =
          draws > 0 ? await runCheck(problem, posterior, seed, used, draws, options, progress) : [];
        return fitResult(file, problem, abc, checks, options.counts);
      } finally {
        progress.stop();
      }
    },
  );

  if (paths.posterior) writeFileAtomic(paths.posterior, posteriorLines(result, problem));
  if (paths.scenario)
    writeFileAtomic(paths.scenario, fittedScenario(file, sets, result, problem, paths.scenario));
  if (paths.report) {
    writeFileAtomic(
      paths.report,
      fitReport(result, problem, ["likesim", "fit", ...args].join(" ")),
    );
  }
  if (!flags.quiet) {
    for (const [flag, path] of [
      ["--posterior", flags.posterior],
      ["--report", flags.report],
      ["--write-scenario", flags["write-scenario"]],
    ] as const) {
      if (path) io.err(`wrote ${flag} ${path}\n`);
    }
  }
  io.out(flags.json ? fitJson(result) : fitText(result, problem));
  return 0;
}
