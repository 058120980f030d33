import type { Snapshot } from "../engine/types.js";
import { type FollowGraph, type GraphSample, sampledEdges, sampleUsers } from "./graph-sample.js";

/** Users the network view can draw at most; a view asks for the first N of them. */
export const MAX_DRAWN = 2000;

/** What a drawn user last liked, as the network colours it. */
export const LIKED_NOTHING = -1;
export const LIKED_OTHER = -2;

/** The drawn users and the follows among them: what the layout is computed from. */
export interface NetworkTopology {
  /** Users in the population. */
  total: number;
  /** Node i is user users[i], most followed (at the start) first. */
  users: Int32Array;
  /** Each node's main interest (topic index). */
  topic: Uint8Array;
}

export interface NetworkFrame {
  tick: number;
  /** Present when the drawn users changed (a new run, another node budget): lay out again. */
  topology?: NetworkTopology;
  /** Pairs of node indices (follower, followed); present when the follows were read again. */
  edges?: Int32Array;
  /** Followers of each node now (its dot's area). */
  followers: Int32Array;
  /**
   * Per node: the race colour slot of the video it liked last, LIKED_OTHER when that video is
   * not in the race, LIKED_NOTHING before its first like.
   */
  liked: Int8Array;
  /** Per node, while a video is in the spotlight: 1 if the node liked it. */
  spotlit?: Uint8Array;
  /** The last tick's likes among drawn users: liker, and the drawn user it came from or −1. */
  likeTo: Int32Array;
  likeFrom: Int32Array;
  /** Drawn users who have liked anything, and how many of them last liked a race video. */
  likers: number;
  raceLikers: number;
  /** Drawn users who liked the spotlight video. */
  spotlightLikers: number;
}

/** Ticks between readings of the follow graph (it grows slowly; reading it copies every tie). */
const EDGES_EVERY = 24;
/** Pulses sent per tick at most: beyond a few hundred they merge into noise. */
export const MAX_PULSES = 400;

/**
 * The network view's data, kept in the worker: which users are drawn (the most followed at
 * the start, fixed for the run so the picture stays put), what each of them liked last, and a
 * log of their likes so that a video put in the spotlight shows everyone who liked it, not
 * only those after the click. Like events come from the engine's per-tick sample (every like
 * up to 4,096 a tick), so in very large worlds a drawn user's like can be missed.
 */
export class NetworkWatch {
  readonly sample: GraphSample;
  private readonly lastLiked: Int32Array;
  /** (node, video) of every like by a drawn user, in order. */
  private log = new Int32Array(1024);
  private logged = 0;
  private spotlit: Uint8Array | undefined;
  private spotlightVideo: number | null = null;
  private likeTo = new Int32Array(0);
  private likeFrom = new Int32Array(0);
  private sentNodes = -1;
  private edgesTick = Number.NEGATIVE_INFINITY;

  constructor(followers: ArrayLike<number>) {
    this.sample = sampleUsers(followers, MAX_DRAWN);
    this.lastLiked = new Int32Array(this.sample.nodes.length).fill(-1);
  }

  /** Reads a tick's likes among drawn users. */
  observe(snapshot: Snapshot): void {
    const { likeEvents } = snapshot;
    const { indexOf } = this.sample;
    const to: number[] = [];
    const from: number[] = [];
    for (let e = 0; e < likeEvents.count; e++) {
      const node = indexOf[likeEvents.liker[e]];
      if (node < 0) continue;
      const video = likeEvents.video[e];
      this.lastLiked[node] = video;
      this.append(node, video);
      if (video === this.spotlightVideo && this.spotlit) this.spotlit[node] = 1;
      if (to.length < MAX_PULSES) {
        to.push(node);
        from.push(likeEvents.via[e] >= 0 ? indexOf[likeEvents.via[e]] : -1);
      }
    }
    this.likeTo = Int32Array.from(to);
    this.likeFrom = Int32Array.from(from);
  }

  private append(node: number, video: number): void {
    if (this.logged + 2 > this.log.length) {
      const grown = new Int32Array(2 * this.log.length);
      grown.set(this.log);
      this.log = grown;
    }
    this.log[this.logged++] = node;
    this.log[this.logged++] = video;
  }

  /** The video a drawn user liked last, or null (not drawn, or no like yet). */
  lastLikedBy(user: number): number | null {
    const node = this.sample.indexOf[user] ?? -1;
    return node >= 0 && this.lastLiked[node] >= 0 ? this.lastLiked[node] : null;
  }

  /** Marks every drawn user who ever liked `video` (null: no spotlight). */
  spotlight(video: number | null): void {
    this.spotlightVideo = video;
    this.spotlit = undefined;
    if (video === null) return;
    const spotlit = new Uint8Array(this.lastLiked.length);
    for (let k = 0; k < this.logged; k += 2) {
      if (this.log[k + 1] === video) spotlit[this.log[k]] = 1;
    }
    this.spotlit = spotlit;
  }

  /**
   * The view's data for its first `nodes` users. `slotOf` gives a video's race colour slot
   * (−1: not in the race); `graph` is read when given (the caller asks for it when `wantsEdges`).
   */
  frame(
    snapshot: Snapshot,
    nodes: number,
    slotOf: (video: number) => number,
    options: { topology?: boolean; graph?: FollowGraph },
  ): NetworkFrame {
    const n = Math.min(nodes, this.sample.nodes.length);
    const users = this.sample.nodes.subarray(0, n);
    const liked = new Int8Array(n);
    let likers = 0;
    let raceLikers = 0;
    for (let i = 0; i < n; i++) {
      const video = this.lastLiked[i];
      const slot = video < 0 ? LIKED_NOTHING : slotOf(video);
      liked[i] = video < 0 ? LIKED_NOTHING : slot >= 0 ? slot : LIKED_OTHER;
      if (video >= 0) likers++;
      if (slot >= 0) raceLikers++;
    }
    const keep: number[] = [];
    for (let e = 0; e < this.likeTo.length; e++) if (this.likeTo[e] < n) keep.push(e);
    const frame: NetworkFrame = {
      tick: snapshot.tick,
      followers: Int32Array.from(users, (u) => snapshot.users.followers[u]),
      liked,
      likeTo: Int32Array.from(keep, (e) => this.likeTo[e]),
      likeFrom: Int32Array.from(keep, (e) => (this.likeFrom[e] < n ? this.likeFrom[e] : -1)),
      likers,
      raceLikers,
      spotlightLikers: this.spotlit ? countFirst(this.spotlit, n) : 0,
    };
    if (this.spotlit) frame.spotlit = this.spotlit.slice(0, n);
    if (options.topology || n !== this.sentNodes) {
      frame.topology = {
        total: this.sample.total,
        users: users.slice(),
        topic: Uint8Array.from(users, (u) => snapshot.users.mainTopic[u]),
      };
      this.sentNodes = n;
    }
    if (options.graph) {
      frame.edges = sampledEdges(options.graph, this.sample, n);
      this.edgesTick = snapshot.tick;
    }
    return frame;
  }

  /** Whether the next frame should carry the follows: new drawn users, or a while since. */
  wantsEdges(tick: number, nodes: number, topology: boolean): boolean {
    const n = Math.min(nodes, this.sample.nodes.length);
    return topology || n !== this.sentNodes || tick - this.edgesTick >= EDGES_EVERY;
  }
}

function countFirst(flags: Uint8Array, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) count += flags[i];
  return count;
}
