/** The text of `likesim --help` and `likesim <command> --help`. */

const SETTING = `  --set path=value     Set a scenario field by its dotted path (repeatable), e.g.
                       --set feed.ranker=popularity --set behaviour.socialProof=0.
                       Values are JSON when they parse (numbers, true/false, null,
                       [lists], "quoted text"), else text. Unknown paths are refused
                       with the fields that exist. Setting graph.kind to another kind
                       starts that graph from its defaults.
  --ticks N            Length of each run (the same as --set ticks=N).`;

const SEEDS = `  --seed N             One seed (default: the scenario's own seed).
  --seeds LIST         Several seeds: 1..100, 1,5,9 or 1..10,20..25.`;

const EXTENDED = `  --extended           Also measure the heavy tail of likes per video: its power-law
                       fit (alpha, where the tail starts, the videos in it, the KS
                       distance), the median and mean ticks from posting to the viral
                       bar, and the share of videos with at least 1, 10, 100 and 1,000
                       likes (about 2% more time).`;

const PARALLEL = `  --jobs N             Worker threads (default: the machine's cores, as many as the
                       work is worth). Fewer runs than threads share them out by
                       worlds (MusicLab's 8 worlds with --jobs 2: 4 each); by default
                       a run's worlds get threads of their own only when each has
                       some 10^6 impressions to make. Results do not depend on it.
  --quiet              No progress bar and no notes on stderr. The progress bar is
                       only drawn when stderr is a terminal.`;

const OUTPUT = `  --out FILE           Append one NDJSON line per finished run. Rerunning the same
                       command with the same FILE skips the runs already in it and
                       repairs a last line cut by a kill. A file that is not likesim
                       results is refused and left alone.
  --timeseries DIR     Also write each run's per-tick metrics as CSV in DIR (made if
                       missing), one file per run, named in its result line.
  --csv FILE           Also write the runs as one flat CSV table (one row per run).
  --json               Print each run's result line (JSON) instead of a table.
  --shard i/n          Run only the i-th of n disjoint slices of grid × seeds (1-based:
                       1/4 … 4/4); merge the shards' files with likesim merge.
                       Without --shard, JOB_COMPLETION_INDEX (Kubernetes Indexed Job,
                       0-based) or SLURM_ARRAY_TASK_ID (Slurm array, counted from
                       SLURM_ARRAY_TASK_MIN) pick the slice.
  --shard-count N      The number of slices when the index comes from the environment
                       (default: LIKESIM_SHARD_COUNT, or SLURM_ARRAY_TASK_COUNT).`;

/** --out and --shard for commands that compute one result from many runs. */
const SHARDED = `  --out FILE           Append every run as a result line (as likesim run does);
                       rerunning with the same FILE resumes, and runs in it are not
                       run again.
  --shard i/n          Run only the i-th of n slices of the runs, as likesim sweep does
                       (also JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID, with
                       --shard-count); needs --out. Merge the shards' files with likesim
                       merge, then run the same command with --out on the merged file (and
                       no --shard): nothing is left to run, and it prints the result.
  --shard-count N      The number of slices when the index comes from the environment.`;

const RESULT_LINE = `Each result line holds: format, scenario (name), scenarioHash (SHA-256 of the parsed
scenario file, first 16 hex digits), scenarioFile, network (file graphs: file and hash),
seed, overrides (--set, --ticks), sweep (this grid point's values), version, ticks,
worlds, summary (the summary metrics; null where undefined), perWorld (with several
worlds), extended (with --extended), timeseries (with --timeseries), lorenz (with compare --report) and wallMs. \`likesim run <scenarioFile> --seed
<seed> --set <path>=<value> …\` with the overrides and sweep values repeats a run alone.`;

export const HELP: Record<string, string> = {
  main: `likesim: agent-based simulation of how likes move through a short-video platform.

Usage: likesim <command> [options]     (likesim <command> --help for each)

Commands:
  run <scenario.json>         Run a scenario for one seed or many; print or save results.
  sweep <scenario.json>       Run the grid of --sweep values × seeds.
  compare <a> <b>             Paired comparison of two arms on the same seeds (common
                              random numbers), with bootstrap CIs, sign tests, an HTML
                              report and a Markdown table.
  branch <scenario.json>      Fork each seed's run at a tick into arms with interventions
                              (hide like counts, remove the early likes …) and compare
                              each arm's future with the original, paired by seed.
  validate <scenario.json>    Check a scenario file (and its network file) without running.
  merge <files…>              Join result files (shards, reruns) sorted by run, without
                              duplicates.
  summarize <results.ndjson>  Grouped means with 95% confidence intervals.
  lesson <name>               Run a lesson's comparison on many seeds and print its table
                              (likesim lesson --list names the lessons).
  fit <scenario.json>         Fit parameters to observed figures (a targets file) by
                              approximate Bayesian computation (ABC-SMC); resumable, with a
                              posterior, a report and the fitted scenario.
  sensitivity <scenario.json> Which parameters drive which metrics: Morris screening or
                              Sobol' indices over parameter ranges; resumable, shardable.

Exit codes: 0 success, 2 bad input (the message names the argument or field, the value
and what is allowed), 1 internal failure.
`,
  run: `Usage: likesim run <scenario.json> [--seed N | --seeds LIST] [--ticks N] [--set path=value …]
                   [--extended] [--jobs N] [--out FILE] [--timeseries DIR] [--csv FILE]
                   [--json] [--quiet] [--shard i/n]

Runs the scenario once per seed. One run without --json prints a table of its summary
metrics; several print the mean and 95% CI of each metric over the seeds.

${SEEDS}
${SETTING}
${EXTENDED}
${PARALLEL}
${OUTPUT}

${RESULT_LINE}
`,
  sweep: `Usage: likesim sweep <scenario.json> --sweep path=v1,v2,… [--sweep …] [--seeds LIST]
                     [run's options]

Runs every combination of the --sweep values (the first axis varies slowest) for every
seed, e.g.
  likesim sweep scenarios/default.json --sweep feed.ranker=random,popularity,for-you \\
    --sweep behaviour.socialProof=0,0.5,1 --seeds 1..30 --out sweep.ndjson

  --sweep path=v1,v2,… A field and its values, parsed as --set values (repeatable).
${SEEDS}
${SETTING}
${EXTENDED}
${PARALLEL}
${OUTPUT}

${RESULT_LINE}
`,
  compare: `Usage: likesim compare <a.json> [--set path=value …] <b.json> [--set path=value …]
                       --seeds LIST [--ticks N] [--extended] [--report FILE.html] [--json]
                       [--jobs N] [--out FILE] [--shard i/n]

Runs two arms on the same seeds. Each arm is a scenario file with the --set options that
follow it; the same file may be given twice, e.g.
  likesim compare s.json --set feed.ranker=random s.json --set feed.ranker=for-you --seeds 1..50
Both arms of a seed share the population, the graph and the videos' qualities (common
random numbers), so differences are paired by seed. For each summary metric it prints, as
a Markdown table: both means, the mean paired difference (B − A), its 95% bootstrap
confidence interval (2,000 seeded resamples) and the two-sided exact sign-test p-value
(ties left out).

${SEEDS}
  --ticks N            Length of each run, for both arms.
  --report FILE        Write a self-contained HTML report: per-arm distributions, paired
                       differences and Lorenz curves of likes over videos (no network
                       needed to view it).
  --json               Print the comparison as JSON instead of the table.
${EXTENDED}
                       Compared like the summary metrics, in the table and the report.
${PARALLEL}
${SHARDED}
`,
  branch: `Usage: likesim branch <scenario.json> --at TICK --arm NAME:INTERVENTION [--arm …]
                      [--video ID|top|top@T] [--seeds LIST] [--ticks N] [--set path=value …]
                      [--extended] [--report FILE.html] [--json] [--jobs N]
                      [--out FILE] [--csv FILE] [--shard i/n]

Each seed's run goes to tick TICK once and is forked: the original future and one future
per arm, each arm's interventions applied at the fork tick, run to the end. The futures
share every random draw an intervention does not touch (common random numbers), so each
arm is compared with the original seed by seed, as likesim compare does: both means, the
mean paired difference, its 95% bootstrap interval and the sign test, per summary metric.

  --at TICK            The fork tick, from 0 to the run's ticks − 1.
  --arm NAME:DO[,key=value…][+DO…]
                       An arm: a name and one or more interventions (joined by +), each
                       a kind of the scenario's interventions with its fields, e.g.
                         --arm hidden:hideLikeCounts
                         --arm capped:capImpressions,per=creator,max=50
                         --arm noluck:deleteEarlyLikes,video=top@240
                         --arm both:removeBots+boostNewCreators,audience=0.02
                       Kinds: hideLikeCounts, capImpressions, downrankVideo,
                       downrankCreator, removeVideo, removeCreator, removeBots,
                       boostNewCreators, switchRanker, setBehaviour, setForYouMix,
                       deleteEarlyLikes
                       (docs/model.md, "Interventions").
  --video ID|top|top@T The video an arm's video intervention targets when it names none,
                       and whose likes in both futures the table and report name: an id,
                       top (the most liked at the fork tick) or top@T (the most liked
                       video of world 0 at tick T of the original future, before or after
                       the fork: top@240 with --at 48 targets the eventual winner).
${SEEDS}
${SETTING}
  --report FILE        Write a self-contained HTML report, one section per arm.
  --json               Print the comparisons as JSON instead of the tables.
${EXTENDED}
${PARALLEL}
  --out FILE           Append one NDJSON line per future (each with its branch: the fork
                       tick, the arm and its interventions, and the targeted video's likes
                       and impressions in both futures). Rerunning with the same FILE
                       skips the seeds already in it.
  --csv FILE           Also write the futures as one flat CSV table.
  --shard i/n          Run only the i-th of n disjoint slices of the seeds (1-based), or
                       take the slice from JOB_COMPLETION_INDEX / SLURM_ARRAY_TASK_ID with
                       --shard-count N; merge the shards' files with likesim merge.
`,
  validate: `Usage: likesim validate <scenario.json> [--set path=value …]

Checks a scenario file against the schema (scenarios/schema.json), with any overrides,
against the memory budget, and for graph.kind "file" reads its network file (relative
to the scenario file). Prints what it found; exit code 2 with every problem otherwise.
`,
  merge: `Usage: likesim merge <results.ndjson…> [--out FILE]

Joins result files (shards of one sweep, reruns) into one, sorted by run key (scenario
hash, fields set, seed), one line per run. A last line cut by a kill is skipped with a
note. Without --out, prints the merged lines.
`,
  lesson: `Usage: likesim lesson <name> [--seeds LIST] [--jobs N] [--json] [--quiet]
                      [--out FILE] [--shard i/n]
       likesim lesson --list [--json]

Runs a lesson's two arms (src/lessons) on the same seeds, through the same worker pool as
likesim compare, and prints a Markdown table: per lesson metric, each arm's mean with its
95% CI (Student's t over seeds), the mean paired difference B − A with its 95% bootstrap
CI, the seeds where B is higher and lower, and the two-sided sign-test p-value; then the
answer the model supports and what to look at, with the means filled in. The scenario is
read from the package's scenarios/ directory.

  --seeds LIST         Seeds to run (default 1..20): 1..100, 1,5,9 or 1..10,20..25.
  --json               Print the table as JSON instead.
  --list               List the lessons: name and title.
${PARALLEL}
${SHARDED}
`,
  summarize: `Usage: likesim summarize <results.ndjson…> [--by path …] [--csv FILE] [--json]

Groups runs and prints, for each group and summary metric, the number of runs with a
value, the mean and its 95% confidence interval (Student's t over runs).

  --by path            Group by this field (repeatable): a dotted scenario path that was
                       set or swept (feed.ranker), or scenario, scenarioHash, seed,
                       ticks, worlds, version. Default: one group per scenario and set of
                       overrides (every run but its seed).
  --csv FILE           Also write the groups as CSV: the grouping fields, runs, and
                       each metric's mean, ci_low and ci_high.
  --json               Print the groups as JSON.
`,
  fit: `Usage: likesim fit <scenario.json> --targets FILE --param path=low..high …
                   [--particles N] [--generations N] [--budget N] [--min-acceptance A]
                   [--quantile Q] [--prior-draws K] [--tolerance T] [--check N] [--seed N]
                   [--set path=value …] [--ticks N] [--jobs N] [--out FILE]
                   [--posterior FILE] [--report FILE.html] [--write-scenario FILE]
                   [--json] [--quiet]

Fits the --param fields to the targets by approximate Bayesian computation, sequential
Monte Carlo (ABC-SMC), e.g.
  likesim fit scenarios/musiclab.json --targets targets/musiclab-experiment-2.json \\
    --param behaviour.baseline=-7..-1 --param behaviour.socialProof=0..6 --out fit.ndjson
Generation 0 draws particles × prior-draws parameter vectors from the priors and keeps the
closest (rejection ABC); each next generation moves particles of the last with a normal
kernel of twice their weighted covariance (Beaumont et al. 2009) and keeps those within a
tolerance at the --quantile of the last generation's distances. The distance is the root
mean square of each target's miss in units of its scale. Every proposal's draws and its
run seed come from --seed, so a fit is reproducible, whatever --jobs.

  --targets FILE       Observed figures (targets/schema.json): summary metrics or
                       distribution figures, each with observed value and scale, and
                       optional conditions (sets of overrides), each simulated on the
                       particle's seed. See targets/ for two with their sources.
  --param path=low..high      A uniform prior on a numeric scenario field (repeatable).
  --param path=log:low..high  A log-uniform prior (0 < low). Whole-number fields take the
                       nearest whole number.
  --particles N        Particles per generation (default 100).
  --prior-draws K      Generation 0 simulates K × particles prior draws (default 4).
  --quantile Q         Next tolerance: this quantile of the last distances (default 0.5).
  --generations N      At most N generations, generation 0 included (default 8).
  --min-acceptance A   Abandon a generation that needs more than particles / A proposals
                       (default 0.02); the fit keeps the last complete one.
  --budget N           At most N simulations in all (default 20000). A simulation is one
                       parameter vector: one run per condition.
  --tolerance T        Stop once a generation's tolerance is at most T (default 0: never).
  --check N            Posterior predictive check: N draws from the final population on
                       seeds the fit never used (default 40; 0: none).
  --seed N             The fit's seed (default: the scenario's seed).
${SETTING}
  --jobs N             Worker threads (default: the machine's cores). The posterior does
                       not depend on it.
  --out FILE           Append every run as a result line (as likesim run does). Rerunning
                       the same command with the same FILE reuses the runs in it: a killed
                       fit resumes and gives the same posterior as an uninterrupted one.
  --posterior FILE     The final population as NDJSON: weight, distance, seed, parameter
                       values and simulated targets per particle.
  --report FILE        A self-contained HTML report: marginal histograms, pairs, the
                       tolerance per generation, each target against the posterior check.
  --write-scenario FILE  The scenario with the posterior medians filled in.
  --json               Print the result as JSON instead of tables.
  --quiet              No progress bar and no notes on stderr. On a terminal the bar shows
                       the generation, particles accepted, tolerance, acceptance rate and
                       the time left in the generation; elsewhere one line per generation.

The fit ends with a statement: it reached the targets if its final tolerance is at most 1
(the accepted simulations miss by at most one scale, root mean square); otherwise it says
which targets it misses and by how much, and the intervals are not a posterior of the
data. The exit code is 0 either way; the JSON's "reached" tells which.
`,
  sensitivity: `Usage: likesim sensitivity <scenario.json> --method morris|sobol --param path=low..high …
                           [--metric NAME …] [--trajectories R] [--levels P] [--samples N]
                           [--design-seed N] [--seed N | --seeds LIST] [--bootstrap B]
                           [--set path=value …] [--ticks N] [--jobs N] [--out FILE]
                           [--report FILE.html] [--json] [--quiet] [--shard i/n]

Which parameters drive which summary metrics, over the --param ranges, e.g.
  likesim sensitivity scenarios/default.json --method morris \\
    --param behaviour.baseline=-8..-4 --param behaviour.socialProof=0..3 \\
    --param creators.postRate=log:0.01..0.2 --metric giniVideos --out morris.ndjson
morris: r trajectories on a p-level grid, each moving one parameter at a time; per
parameter and metric μ* (mean absolute elementary effect per full range), μ and σ, with a
bootstrap interval on μ*. Cheap: r × (parameters + 1) points. sobol: Saltelli's design of
N × (parameters + 2) points; first-order (S1) and total (ST) indices by Jansen's
estimators, with bootstrap intervals.

  --method morris|sobol
  --param path=low..high      A range on a numeric scenario field (repeatable, at least
  --param path=log:low..high  two); log: spreads the design evenly in the logarithm.
  --metric NAME        A summary metric to analyse (repeatable; default: every metric
                       defined in the runs).
  --trajectories R     Morris trajectories (default 20).
  --levels P           Morris grid levels, even (default 4).
  --samples N          Sobol' base sample size N (default 256).
  --design-seed N      Seed of the design and the bootstrap (default 1).
  --seed N             Run every design point on this seed.
  --seeds LIST         Run every design point on these seeds (common random numbers
                       across points); its output is their mean (default: the scenario's
                       seed).
  --bootstrap B        Bootstrap resamples for the intervals (default 1000).
${SETTING}
${PARALLEL}
  --report FILE        A self-contained HTML report: bar charts of the indices per metric.
  --json               Print the indices as JSON (docs/sensitivity/ keeps the default's).
${SHARDED}
                       Each run's parameter values are under "sweep" in its line.
`,
};
