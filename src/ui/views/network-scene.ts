/**
 * What the network view draws, as flat arrays indexed by layout node: built from the drawn
 * users (topology) and the latest frame, read by the painter. Building it never changes its
 * inputs, and painting never changes the scene.
 */
import { scaleSqrt } from "d3";
import { LIKED_NOTHING, type NetworkFrame } from "../../engine-host/network-watch.js";
import {
  LIKED_NOTHING_COLOUR,
  LIKED_OTHER_COLOUR,
  raceColour,
  SPOTLIGHT_COLOUR,
  topicColour,
} from "../palette.js";

/** What a dot's colour shows: the race video a person liked last, or their main interest. */
export type ColourBy = "liked" | "interest";

export interface NetworkScene {
  nodeCount: number;
  /** Pairs of layout indices (follower, followed). */
  edges: Int32Array;
  /** Radius of each node at zoom 1, px. */
  radius: Float32Array;
  colour: string[];
  /** 1 for emphasised nodes; all 0 when nothing is emphasised (see `emphasising`). */
  emphasised: Uint8Array;
  emphasising: boolean;
  /** Likes of the last tick among drawn users: liker and the user it came from (-1: none drawn). */
  likeTo: Int32Array;
  likeFrom: Int32Array;
}

/** Smallest and largest dot radius, px at zoom 1. */
export const RADIUS_RANGE: readonly [number, number] = [1.6, 8];

/** A dot's colour by what its person liked last (see NetworkFrame.liked). */
function likedColour(liked: number): string {
  if (liked >= 0) return raceColour(liked);
  return liked === LIKED_NOTHING ? LIKED_NOTHING_COLOUR : LIKED_OTHER_COLOUR;
}

export function buildScene(
  topic: Uint8Array,
  edges: Int32Array,
  frame: NetworkFrame,
  colourBy: ColourBy,
): NetworkScene {
  const nodeCount = Math.min(topic.length, frame.followers.length);
  let largest = 0;
  for (let i = 0; i < nodeCount; i++) largest = Math.max(largest, frame.followers[i]);
  const toRadius = scaleSqrt()
    .domain([0, Math.max(1, largest)])
    .range(RADIUS_RANGE)
    .clamp(true);
  const spotlit = frame.spotlit;
  const colour = Array.from({ length: nodeCount }, (_, i) =>
    spotlit?.[i]
      ? SPOTLIGHT_COLOUR
      : colourBy === "interest"
        ? topicColour(topic[i])
        : likedColour(frame.liked[i]),
  );
  return {
    nodeCount,
    edges,
    radius: Float32Array.from({ length: nodeCount }, (_, i) => toRadius(frame.followers[i])),
    colour,
    emphasised: spotlit ? spotlit.subarray(0, nodeCount) : new Uint8Array(nodeCount),
    emphasising: spotlit !== undefined,
    likeTo: frame.likeTo,
    likeFrom: frame.likeFrom,
  };
}
