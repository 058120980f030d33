import { type Random, randomInt, randomNormal, stream } from "../deterministic/random.js";
import type { Scenario } from "../scenario/schema.js";
import { clamp01, type Population } from "./population.js";
import { declareState } from "./state/layout.js";

/**
 * Draws each new video's topic and quality from its creator's own stream, so the k-th video
 * of a creator is the same in every world and under every ranker (common random numbers),
 * however many videos other creators post.
 */
export class ContentSource {
  /** Each creator's stream, made when the creator first posts. */
  readonly streams: (Random | undefined)[];

  static readonly layout = declareState<ContentSource>({ streams: ["streams"] });
  /** Topic of the video last drawn. */
  topic = 0;

  constructor(
    private readonly pop: Population,
    private readonly scenario: Scenario,
    private readonly seed: number,
  ) {
    this.streams = new Array(pop.creators);
  }

  /** Draws the creator's next video: sets `topic` and returns its quality in [0, 1]. */
  next(creator: number): number {
    let random = this.streams[creator];
    if (random === undefined) {
      random = stream(this.seed, "content", creator);
      this.streams[creator] = random;
    }
    const k = this.pop.topicsPerCreator;
    this.topic = this.pop.creatorTopics[creator * k + randomInt(random, k)];
    return clamp01(
      this.pop.skill[creator] + this.scenario.content.qualityNoise * randomNormal(random),
    );
  }
}
