import { argumentProblem } from "./arguments.js";
import { HELP } from "./help.js";
import { type Io, processIo } from "./io.js";
import { isBadInput } from "./usage-error.js";
import { VERSION } from "./version.js";

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on demand, so `--help` and argument errors do not wait for the engine to load.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => {
    const { batchCommand } = await import("./commands/batch-command.js");
    return (args, io) => batchCommand("run", args, io);
  },
  sweep: async () => {
    const { batchCommand } = await import("./commands/batch-command.js");
    return (args, io) => batchCommand("sweep", args, io);
  },
  compare: async () => (await import("./commands/compare.js")).compareCommand,
  branch: async () => (await import("./commands/branch.js")).branchCommand,
  validate: async () => (await import("./commands/validate.js")).validateCommand,
  merge: async () => (await import("./commands/merge.js")).mergeCommand,
  summarize: async () => (await import("./commands/summarize.js")).summarizeCommand,
  lesson: async () => (await import("./commands/lesson.js")).lessonCommand,
  fit: async () => (await import("./commands/fit.js")).fitCommand,
  sensitivity: async () => (await import("./commands/sensitivity.js")).sensitivityCommand,
};

function wantsHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

/**
 * The likesim CLI: returns the exit code. 2 for bad input, with a message naming the
 * argument or field, the value and what is allowed; 1 for an internal failure.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const refused = argumentProblem(argv);
  if (refused) {
    io.err(`likesim: ${refused}\n`);
    return 2;
  }
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const topic = name === "help" && args[0] && HELP[args[0]] ? args[0] : "main";
    io.out(HELP[topic]);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(
      `likesim: unknown command ${JSON.stringify(name)}; allowed: ${Object.keys(COMMANDS).join(", ")} (likesim --help)\n`,
    );
    return 2;
  }
  if (wantsHelp(args)) {
    io.out(HELP[name]);
    return 0;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (isBadInput(error)) {
      io.err(`likesim ${name}: ${error.message}\n`);
      return 2;
    }
    io.err(`likesim ${name}: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}
