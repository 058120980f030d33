import type { Snapshot } from "../engine/types.js";
import { type FollowGraph, type GraphSample, sampledEdges, sampleUsers } from "./graph-sample.js";

/** Users the network view can draw at most; a view asks for the first N of them. */
export const MAX_DRAWN = 2000;

/** What a drawn user has liked, as the network colours it (else a race colour slot). */
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
   * Per node: the colour slot of the best-placed race video it has liked; LIKED_OTHER when it
   * liked none of them, LIKED_NOTHING before its first like.
   */
  liked: Int8Array;
  /** Per node, while a video is in the spotlight: 1 if the node liked it. */
  spotlit?: Uint8Array;
  /** The last tick's likes among drawn users: liker, and the drawn user it came from or −1. */
  likeTo: Int32Array;
  likeFrom: Int32Array;
  /** Drawn users who have liked anything, who liked a race video, and who liked the leader. */
  likers: number;
  raceLikers: number;
  leaderLikers: number;
  /** Drawn users who liked the spotlight video. */
  spotlightLikers: number;
}

/** Ticks between readings of the follow graph (it grows slowly; reading it copies every tie). */
const EDGES_EVERY = 24;
/** Pulses sent per tick at most: beyond a few hundred they merge into noise. */
export const MAX_PULSES = 400;

/** The network view's record of a run, as a snapshot keeps it. */
export interface NetworkState {
  /** Drawn once at the run's start; never changed after, so shared. */
  sample: GraphSample;
  lastLiked: Int32Array;
  likersOf: [number, number[]][];
  likeTo: Int32Array;
  likeFrom: Int32Array;
}

/**
 * The network view's data, kept in the worker: which users are drawn (the most followed at
 * the start, fixed for the run so the picture stays put), and who among them liked which
 * video: the race's videos colour the people they reached, and a video put in the spotlight
 * shows everyone who liked it, not only those after the click. Like events come from the engine's per-tick sample (every like
 * up to 4,096 a tick), so in very large worlds a drawn user's like can be missed.
 */
export class NetworkWatch {
  readonly sample: GraphSample;
  private readonly lastLiked: Int32Array;
  /** The drawn users who liked each video (videos no drawn user liked are absent). */
  private readonly likersOf: Map<number, number[]>;
  private spotlit: Uint8Array | undefined;
  private spotlightVideo: number | null = null;
  private likeTo = new Int32Array(0);
  private likeFrom = new Int32Array(0);
  private sentNodes = -1;
  private edgesTick = Number.NEGATIVE_INFINITY;

  /**
   * Draws the most followed users of `followers` (the run's start), or picks up the drawn
   * users and their likes as a snapshot saved them. The spotlight and what was sent to a page
   * start afresh either way.
   */
  constructor(from: ArrayLike<number> | NetworkState) {
    if ("sample" in from) {
      this.sample = from.sample;
      this.lastLiked = from.lastLiked.slice();
      this.likersOf = new Map(from.likersOf.map(([video, likers]) => [video, [...likers]]));
      this.likeTo = from.likeTo.slice();
      this.likeFrom = from.likeFrom.slice();
      return;
    }
    this.sample = sampleUsers(from, MAX_DRAWN);
    this.lastLiked = new Int32Array(this.sample.nodes.length).fill(-1);
    this.likersOf = new Map();
  }

  /** The drawn users and their likes so far, copied: what a snapshot of the run keeps. */
  save(): NetworkState {
    return {
      sample: this.sample,
      lastLiked: this.lastLiked.slice(),
      likersOf: [...this.likersOf].map(([video, likers]) => [video, [...likers]]),
      likeTo: this.likeTo.slice(),
      likeFrom: this.likeFrom.slice(),
    };
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
      const likers = this.likersOf.get(video);
      if (likers) likers.push(node);
      else this.likersOf.set(video, [node]);
      if (video === this.spotlightVideo && this.spotlit) this.spotlit[node] = 1;
      if (to.length < MAX_PULSES) {
        to.push(node);
        from.push(likeEvents.via[e] >= 0 ? indexOf[likeEvents.via[e]] : -1);
      }
    }
    this.likeTo = Int32Array.from(to);
    this.likeFrom = Int32Array.from(from);
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
    for (const node of this.likersOf.get(video) ?? []) spotlit[node] = 1;
    this.spotlit = spotlit;
  }

  /**
   * The view's data for its first `nodes` users. `race` is the race's videos, most liked
   * first, with their colour slots; `graph` is read when given (the caller asks for it when
   * `wantsEdges`).
   */
  frame(
    snapshot: Snapshot,
    nodes: number,
    race: readonly { video: number; slot: number }[],
    options: { topology?: boolean; graph?: FollowGraph },
  ): NetworkFrame {
    const n = Math.min(nodes, this.sample.nodes.length);
    const users = this.sample.nodes.subarray(0, n);
    const liked = new Int8Array(n);
    let likers = 0;
    for (let i = 0; i < n; i++) {
      liked[i] = this.lastLiked[i] < 0 ? LIKED_NOTHING : LIKED_OTHER;
      if (this.lastLiked[i] >= 0) likers++;
    }
    // Least liked first, so that a person who liked several keeps the best-placed one's colour.
    for (let r = race.length - 1; r >= 0; r--) {
      for (const node of this.likersOf.get(race[r].video) ?? []) {
        if (node < n) liked[node] = race[r].slot;
      }
    }
    let raceLikers = 0;
    for (let i = 0; i < n; i++) if (liked[i] >= 0) raceLikers++;
    let leaderLikers = 0;
    for (const node of race.length > 0 ? (this.likersOf.get(race[0].video) ?? []) : []) {
      if (node < n) leaderLikers++;
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
      leaderLikers,
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
