import { SUMMARY_NAMES, type SummaryName } from "../../engine/types.js";
import { countOption, optionOr } from "../options.js";
import { UsageError } from "../usage-error.js";
import type { DesignSize, Method } from "./sensitivity-design.js";

/** What likesim sensitivity reads besides the scenario, the ranges and the runs' options. */
export interface SensitivitySettings {
  method: Method;
  size: DesignSize;
  designSeed: number;
  resamples: number;
  /** Undefined: every summary metric the runs define. */
  metrics?: SummaryName[];
}

const METHODS: readonly Method[] = ["morris", "sobol"];

function metricsOption(given: string[] | undefined): SummaryName[] | undefined {
  if (!given || given.length === 0) return undefined;
  return given.map((name) => {
    if (!(SUMMARY_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `--metric ${name}: not a summary metric; allowed: ${SUMMARY_NAMES.join(", ")}`,
      );
    }
    return name as SummaryName;
  });
}

export function sensitivitySettings(flags: {
  method?: string;
  metric?: string[];
  trajectories?: string;
  levels?: string;
  samples?: string;
  "design-seed"?: string;
  bootstrap?: string;
}): SensitivitySettings {
  const method = flags.method as Method | undefined;
  if (!method || !METHODS.includes(method)) {
    throw new UsageError(
      `--method ${flags.method ?? "(missing)"}: allowed: morris (the screen) or sobol (first-order and total indices); see likesim sensitivity --help`,
    );
  }
  const size = {
    trajectories: optionOr(countOption, "--trajectories", flags.trajectories, 20, [2, 100_000]),
    levels: optionOr(countOption, "--levels", flags.levels, 4, [2, 1000]),
    samples: optionOr(countOption, "--samples", flags.samples, 256, [2, 10_000_000]),
  };
  if (size.levels % 2 !== 0)
    throw new UsageError(`--levels ${size.levels}: allowed: an even number (Morris's grid)`);
  return {
    method,
    size,
    designSeed: optionOr(countOption, "--design-seed", flags["design-seed"], 1, [0, 0xffffffff]),
    resamples: optionOr(countOption, "--bootstrap", flags.bootstrap, 1000, [10, 1_000_000]),
    metrics: metricsOption(flags.metric),
  };
}
