import { SingleBar } from "cli-progress";
import type { AbcSmc, GenerationResult } from "../../inference/abc-smc.js";
import type { Io } from "../io.js";
import { formatNumber } from "../text-table.js";

/**
 * What a fit shows while it runs. On a terminal, a bar per generation: particles accepted
 * (generation 0: prior draws simulated), the tolerance, the acceptance rate so far, the
 * simulations used and the time left in the generation at the current rate. Without a
 * terminal, one line per finished generation on stderr. Nothing with --quiet.
 */
export interface FitProgress {
  open(abc: AbcSmc): void;
  recorded(abc: AbcSmc): void;
  close(result: GenerationResult | undefined): void;
  startCheck(draws: number): void;
  checked(): void;
  stop(): void;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

export function generationLine(g: GenerationResult): string {
  return `generation ${g.generation}: tolerance ${formatNumber(g.tolerance)}, ${g.particles.length} particles from ${g.simulations} simulations (acceptance ${percent(g.acceptance)}), ESS ${g.ess.toFixed(0)}`;
}

export function fitProgressFor(io: Io, quiet: boolean): FitProgress {
  if (quiet) {
    return { open() {}, recorded() {}, close() {}, startCheck() {}, checked() {}, stop() {} };
  }
  const bar = io.terminal
    ? new SingleBar({
        stream: io.terminal,
        format:
          "{phase} {bar} {value}/{total} {unit} | tolerance {tolerance} | acceptance {acceptance} | {simulations} simulations | ETA {eta_formatted}",
        hideCursor: false,
        etaBuffer: 20,
      })
    : undefined;
  let running = false;
  const payload = (abc: AbcSmc) => ({
    phase: `generation ${abc.generation}`,
    unit: abc.generation === 0 ? "prior draws" : "particles",
    tolerance: abc.generation === 0 ? "–" : formatNumber(abc.tolerance),
    acceptance:
      abc.recorded > 0 && abc.generation > 0 ? percent(abc.acceptedSoFar / abc.recorded) : "–",
    simulations: abc.simulationsUsed + abc.recorded,
  });
  const halt = () => {
    if (running) bar?.stop();
    running = false;
  };
  return {
    open(abc) {
      running = true;
      bar?.start(abc.generation === 0 ? abc.limit : abc.settings.particles, 0, payload(abc));
    },
    recorded(abc) {
      const value = Math.min(
        abc.acceptedSoFar,
        abc.generation === 0 ? abc.limit : abc.settings.particles,
      );
      bar?.update(value, payload(abc));
    },
    close(result) {
      halt();
      if (result) io.err(`${generationLine(result)}\n`);
    },
    startCheck(draws) {
      running = true;
      bar?.start(draws, 0, {
        phase: "posterior check",
        unit: "draws",
        tolerance: "–",
        acceptance: "–",
        simulations: "–",
      });
    },
    checked() {
      bar?.increment(1);
    },
    stop: halt,
  };
}
