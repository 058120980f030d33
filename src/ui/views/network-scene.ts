/**
 * What the network view draws, as flat arrays indexed by layout node: built from a snapshot,
 * a sample and the view's accessors, read by the painter. Building it never changes the
 * snapshot, and painting never changes the scene.
 */
import { scaleSqrt } from "d3";
import type { LikeEvents, Snapshot } from "../../engine/types.js";
import type { GraphSample } from "./graph-sample.js";

/** A user's colour (CSS colour string). */
export type NodeColour = (user: number, snapshot: Snapshot) => string;
/** The quantity a user's dot area shows (e.g. followers); scaled to a radius by the view. */
export type NodeSize = (user: number, snapshot: Snapshot) => number;

/** Users to emphasise: a set of user ids or a flag per user (non-zero = emphasised). */
export type UserSelection = ReadonlySet<number> | Uint8Array;

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
export const RADIUS_RANGE: readonly [number, number] = [1.4, 8];
/** Pulses drawn per tick at most: beyond a few hundred they merge into noise and cost frames. */
export const MAX_PULSES = 400;

export function buildScene(
  snapshot: Snapshot,
  sample: GraphSample,
  edges: Int32Array,
  accessors: { colour: NodeColour; size: NodeSize; emphasis?: UserSelection },
): NetworkScene {
  const { nodes } = sample;
  const nodeCount = nodes.length;
  const sizes = Float64Array.from(nodes, (u) => accessors.size(u, snapshot));
  let largest = 0;
  for (const s of sizes) largest = Math.max(largest, s);
  const toRadius = scaleSqrt()
    .domain([0, Math.max(1, largest)])
    .range(RADIUS_RANGE)
    .clamp(true);
  const emphasised = new Uint8Array(nodeCount);
  const selection = accessors.emphasis;
  if (selection) {
    for (let i = 0; i < nodeCount; i++) emphasised[i] = isSelected(selection, nodes[i]) ? 1 : 0;
  }
  const { likeTo, likeFrom } = likesAmong(snapshot.likeEvents, sample);
  return {
    nodeCount,
    edges,
    radius: Float32Array.from(sizes, toRadius),
    colour: Array.from(nodes, (u) => accessors.colour(u, snapshot)),
    emphasised,
    emphasising: selection !== undefined,
    likeTo,
    likeFrom,
  };
}

function isSelected(selection: UserSelection, user: number): boolean {
  return selection instanceof Uint8Array ? selection[user] !== 0 : selection.has(user);
}

/** The first MAX_PULSES likes whose liker is drawn, with the sender's index when it is drawn. */
function likesAmong(
  events: LikeEvents,
  sample: GraphSample,
): { likeTo: Int32Array; likeFrom: Int32Array } {
  const to: number[] = [];
  const from: number[] = [];
  for (let e = 0; e < events.count && to.length < MAX_PULSES; e++) {
    const liker = sample.indexOf[events.liker[e]];
    if (liker < 0) continue;
    const via = events.via[e];
    to.push(liker);
    from.push(via >= 0 ? sample.indexOf[via] : -1);
  }
  return { likeTo: Int32Array.from(to), likeFrom: Int32Array.from(from) };
}
