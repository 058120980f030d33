import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ArmNumbers } from "../../lessons/lesson-text.js";
import type { RunGroup } from "../run-group.js";

/** Where a lesson stands: waiting for Run, playing its two worlds, or showing their numbers. */
export type LessonPhase = "ready" | "running" | "done";

/** Both arms' summaries at the end of the learner's run. */
export interface LessonNumbers {
  a: ArmNumbers;
  b: ArmNumbers;
}

/**
 * Plays the page's two worlds from tick 0 to the end and, once both have finished, fetches
 * their whole-run summaries for the lesson texts. A crash or a restart of a world ends the
 * lesson run without numbers: half a comparison must not be read as a result.
 */
export class LessonRun implements ReactiveController {
  phase: LessonPhase = "ready";
  numbers: LessonNumbers | undefined;
  /** Bumped by every start and stop, so a late answer from an old run is dropped. */
  private generation = 0;
  /** The generation whose summaries are being fetched, so updates meanwhile ask only once. */
  private collecting = -1;
  /** True once the worlds were reset and set playing: before that, "finished" is the old run's. */
  private playing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly group: RunGroup,
  ) {
    host.addController(this);
  }

  async start(): Promise<void> {
    const generation = ++this.generation;
    this.phase = "running";
    this.numbers = undefined;
    this.playing = false;
    await this.group.reset();
    if (generation !== this.generation) return;
    this.group.play();
    this.playing = true;
    this.host.requestUpdate();
  }

  stop(): void {
    this.generation++;
    this.playing = false;
    this.phase = "ready";
    this.numbers = undefined;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.phase !== "running" || !this.playing) return;
    const runs = this.group.runs;
    if (runs.some((run) => run.status === "crashed" || run.status === "empty")) {
      this.stop();
      return;
    }
    const finished = runs.length === 2 && runs.every((run) => run.status === "finished");
    if (!finished || this.collecting === this.generation) return;
    this.collecting = this.generation;
    void this.collect(this.generation);
  }

  private async collect(generation: number): Promise<void> {
    const [a, b] = await Promise.all(this.group.runs.map((run) => run.metrics()));
    if (generation !== this.generation) return;
    if (!a || !b) return this.stop();
    this.numbers = { a: a.summary, b: b.summary };
    this.phase = "done";
    this.host.requestUpdate();
  }
}
