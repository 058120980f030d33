import type { CreatorSnapshot, VideoSnapshot } from "../engine/types.js";
import { gini, topShare } from "../metrics/inequality.js";
import { quantileSorted } from "./quantiles.js";
import type { FigureSpec } from "./targets.js";

/**
 * Distribution figures of a finished run (the top 10% share of likes, the median like rate
 * per video, …), measured from each world's snapshot and averaged over worlds as the
 * summary metrics are. Pure functions over the snapshot's typed arrays.
 */
export interface FigureWorld {
  videos: Pick<VideoSnapshot, "count" | "likes" | "impressions" | "shares">;
  creators: Pick<CreatorSnapshot, "count" | "likes" | "posts">;
}

/** The amount per item the figure reads, for the items it keeps. */
function amounts(figure: Exclude<FigureSpec, { kind: "ratio" }>, world: FigureWorld): Float64Array {
  if (figure.of === "creators") {
    const { likes, posts, count } = world.creators;
    const source = figure.measure === "posts" ? posts : likes;
    return Float64Array.from(source.subarray(0, count));
  }
  const { likes, impressions, shares, count } = world.videos;
  // A like rate needs a view to be defined.
  const least =
    figure.measure === "likeRate" ? Math.max(1, figure.minImpressions) : figure.minImpressions;
  const kept: number[] = [];
  for (let v = 0; v < count; v++) {
    if (impressions[v] < least) continue;
    switch (figure.measure) {
      case "likes":
        kept.push(likes[v]);
        break;
      case "impressions":
        kept.push(impressions[v]);
        break;
      case "shares":
        kept.push(shares[v]);
        break;
      default:
        kept.push(likes[v] / impressions[v]);
    }
  }
  return Float64Array.from(kept);
}

function total(values: ArrayLike<number>, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += values[i];
  return sum;
}

/** The figure in one world; NaN when no item qualifies (or a ratio's denominator is 0). */
export function measureFigure(figure: FigureSpec, world: FigureWorld): number {
  if (figure.kind === "ratio") {
    const { count } = world.videos;
    const top = total(world.videos[figure.numerator], count);
    const bottom = total(world.videos[figure.denominator], count);
    return bottom > 0 ? top / bottom : Number.NaN;
  }
  const values = amounts(figure, world);
  if (values.length === 0) return Number.NaN;
  switch (figure.kind) {
    case "gini":
      return gini(values);
    case "topShare":
      return topShare(
        values,
        figure.count !== undefined ? Math.min(1, figure.count / values.length) : figure.fraction!,
      );
    case "quantile":
      return quantileSorted(values.sort(), figure.q);
    case "mean":
      return total(values, values.length) / values.length;
  }
}
