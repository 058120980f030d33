// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { worldsData } from "../../../src/engine-host/distributions.js";
import type { RaceFrame } from "../../../src/engine-host/video-race.js";
import { drawSpotlightChart } from "../../../src/ui/charts/spotlight-chart.js";
import { raceColour, SPOTLIGHT_COLOUR } from "../../../src/ui/palette.js";
import "../../../src/ui/views/video-race.js";
import { type LsVideoRace, ordinal } from "../../../src/ui/views/video-race.js";
import "../../../src/ui/views/world-grid.js";
import type { LsWorldGrid } from "../../../src/ui/views/world-grid.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";
import { detachedSvg } from "../fixtures/svg-snapshot.js";

const entry = (video: number, rank: number, slot: number, likes: number, quality: number) => ({
  video,
  rank,
  slot,
  likes,
  impressions: likes * 10,
  quality,
  creator: 1,
  topic: 0,
  postedAt: video,
  viralAt: -1,
});

const race: RaceFrame = {
  tick: 40,
  entries: [entry(3, 1, 2, 90, 0.41), entry(8, 2, 0, 60, 0.93)],
  best: { ...entry(30, 37, -1, 5, 0.99) },
  videos: 120,
  likes: 1000,
  raceShare: 0.15,
};

async function mountRace(spotlight?: number) {
  const view = document.createElement("ls-video-race") as LsVideoRace;
  Object.assign(view, { race, spotlight });
  document.body.append(view);
  await view.updateComplete;
  return view;
}

describe("the video race", () => {
  it("shows each video's place, likes and quality in its race colour, and the best video below", async () => {
    const view = await mountRace();
    const rows = [...view.shadowRoot!.querySelectorAll("li")];
    expect(rows).toHaveLength(3);
    expect(rows[0].querySelector(".likes")?.textContent).toBe("90");
    expect(rows[0].textContent).toContain("0.41");
    expect(rows[0].querySelector<HTMLElement>(".bar")?.style.getPropertyValue("--colour")).toBe(
      raceColour(2),
    );
    expect(rows[2].textContent).toContain("best so far");
    expect(rows[2].querySelector(".place")?.textContent).toBe("37th");
    expect(view.shadowRoot!.textContent).toContain("Top 2 of 120 videos: 15% of 1,000 likes");
    view.remove();
  });

  it("places rows by rank, so that a video climbing moves its row", async () => {
    const view = await mountRace();
    const first = view.shadowRoot!.querySelector<HTMLElement>("li")!;
    expect(first.style.transform).toBe("translateY(0rem)");
    view.race = {
      ...race,
      entries: [
        { ...race.entries[0], rank: 2 },
        { ...race.entries[1], rank: 1 },
      ],
    };
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector<HTMLElement>("li")).toBe(first);
    expect(first.style.transform).toBe("translateY(2.3rem)");
    view.remove();
  });

  it("reports a click as the video to follow, and outlines the one followed", async () => {
    const view = await mountRace(8);
    const picked: number[] = [];
    view.addEventListener("video-pick", (e) =>
      picked.push((e as CustomEvent<{ video: number }>).detail.video),
    );
    for (const button of view.shadowRoot!.querySelectorAll("button")) button.click();
    expect(picked).toEqual([3, 8, 30]);
    expect(view.shadowRoot!.querySelectorAll("li.spot")).toHaveLength(1);
    view.remove();
  });

  it("holds its rows still while the pointer is on it, so a click lands on the video pointed at", async () => {
    const view = await mountRace();
    view.dispatchEvent(new Event("pointerenter"));
    view.race = {
      ...race,
      entries: [
        { ...race.entries[1], rank: 1 },
        { ...race.entries[0], rank: 2 },
      ],
    };
    await view.updateComplete;
    const first = () =>
      view.shadowRoot!.querySelector("li button")?.getAttribute("aria-label") ?? "";
    expect(first()).toContain("video 3");
    expect(view.shadowRoot!.textContent).toContain("held while you point");
    view.dispatchEvent(new Event("pointerleave"));
    await view.updateComplete;
    const rowOf3 = [...view.shadowRoot!.querySelectorAll<HTMLElement>("li")].find((li) =>
      li.querySelector("button")?.getAttribute("aria-label")?.includes("video 3"),
    );
    expect(rowOf3?.style.transform).toBe("translateY(2.3rem)");
    expect(view.shadowRoot!.textContent).not.toContain("held while you point");
    view.remove();
  });

  it("writes places as ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
    ]);
  });
});

describe("the spotlight chart", () => {
  it("draws the video's views, likes and place on one tick axis, the first place at the top", () => {
    const svg = detachedSvg();
    const track = {
      video: 7,
      ticks: [0, 1, 2, 3],
      likes: [0, 2, 5, 9],
      impressions: [0, 20, 40, 60],
      place: [Number.NaN, 9, 3, 1],
    };
    drawSpotlightChart(svg, track, 400, 260);
    const lines = [...svg.querySelectorAll("path[stroke-width='1.75']")];
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.getAttribute("stroke")).toBe(SPOTLIGHT_COLOUR);
    expect(svg.getAttribute("aria-label")).toBe("Video 7 at tick 3: 60 views, 9 likes, place 1.");
    // The place panel: the last point (place 1) is higher up than the first (place 9).
    const d = lines[2].getAttribute("d") ?? "";
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys.at(-1)).toBeLessThan(ys[0]);
  });
});

describe("MusicLab's worlds as small multiples", () => {
  const a = fixtureSnapshot({ users: 300 });
  const b = { ...a, videos: { ...a.videos, likes: a.videos.likes.slice().reverse() } };

  it("compare the same items in every world, lowest quality first", () => {
    const data = worldsData([a, b]);
    expect(data.likes).toHaveLength(2);
    const q = Array.from(data.quality);
    expect(q).toEqual([...q].sort((x, y) => x - y));
    data.videos.forEach((video, i) => {
      expect(data.likes[0][i]).toBe(a.videos.likes[video]);
      expect(data.likes[1][i]).toBe(b.videos.likes[video]);
    });
  });

  it("draw a panel per world naming its leader, and follow an item by click", async () => {
    const grid = document.createElement("ls-world-grid") as LsWorldGrid;
    grid.data = worldsData([a, b]);
    document.body.append(grid);
    await grid.updateComplete;
    const panels = [...grid.shadowRoot!.querySelectorAll("li")];
    expect(panels).toHaveLength(2);
    expect(panels[0].querySelector("h4")?.textContent).toMatch(/^1: item \d+, \d+%$/);
    const picked: number[] = [];
    grid.addEventListener("video-pick", (e) =>
      picked.push((e as CustomEvent<{ video: number }>).detail.video),
    );
    panels[1].querySelector<SVGRectElement>("rect.bar")!.dispatchEvent(new Event("click"));
    expect(picked).toEqual([grid.data.videos[0]]);
    grid.remove();
  });
});
