// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { RANKERS } from "../../src/scenario/sections/feed.js";
import { parseScenario } from "../../src/scenario/validate.js";
import "../../src/ui/controls/knob-panel.js";
import type { KnobChange, LsKnobPanel } from "../../src/ui/controls/knob-panel.js";
import { KNOBS, onStep, rankerWords } from "../../src/ui/knob-specs.js";
import { scenarioFields } from "../../src/ui/parameter-fields.js";

const fields = scenarioFields();

describe("the live knobs' specs", () => {
  it("are five or six, each on a real scenario field that takes its range", () => {
    expect(KNOBS.length).toBeGreaterThanOrEqual(5);
    expect(KNOBS.length).toBeLessThanOrEqual(6);
    for (const knob of KNOBS) {
      const field = fields.get(knob.path);
      expect(field, knob.path).toBeDefined();
      if (knob.min !== undefined)
        expect(knob.min).toBeGreaterThanOrEqual(field!.minimum ?? -Infinity);
      if (knob.max !== undefined) expect(knob.max).toBeLessThanOrEqual(field!.maximum ?? Infinity);
      for (const value of knob.values ?? []) {
        expect(value).toBeGreaterThanOrEqual(field!.minimum ?? -Infinity);
        expect(value).toBeLessThanOrEqual(field!.maximum ?? Infinity);
      }
    }
  });

  it("say every ranker in plain words, and one the engine adds later as its name", () => {
    for (const ranker of RANKERS) expect(rankerWords(ranker)).not.toBe(ranker);
    expect(rankerWords("most-shared")).toBe("most shared");
  });

  it("round a value to the knob's step", () => {
    expect(onStep(0.30000000000000004, 0.05)).toBe("0.3");
    expect(onStep(2.26, 0.25)).toBe("2.25");
    expect(onStep(3, 0.5)).toBe("3");
  });
});

async function mount(input: unknown) {
  const panel = document.createElement("ls-knob-panel") as LsKnobPanel;
  panel.scenario = parseScenario(input);
  document.body.append(panel);
  await panel.updateComplete;
  const changes: KnobChange[] = [];
  panel.addEventListener("knob-change", (e) => changes.push((e as CustomEvent<KnobChange>).detail));
  return { panel, root: panel.shadowRoot!, changes };
}

describe("the knob panel", () => {
  it("shows each knob with its plain label, and the exploration knob only for the for-you feed", async () => {
    const forYou = await mount({ feed: { ranker: "for-you" } });
    const labels = [...forYou.root.querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(KNOBS.map((knob) => knob.label));
    const popularity = await mount({ feed: { ranker: "popularity" } });
    expect(popularity.root.querySelector("#k-feed-forYou-exploration")).toBeNull();
  });

  it("reports a slider's value when it is let go, with the knob's words", async () => {
    const { root, changes } = await mount({});
    const slider = root.querySelector<HTMLInputElement>("#k-behaviour-socialProof")!;
    slider.value = "2.5";
    slider.dispatchEvent(new Event("input"));
    expect(changes).toEqual([]);
    slider.dispatchEvent(new Event("change"));
    expect(changes).toEqual([
      {
        path: "behaviour.socialProof",
        value: "2.5",
        label: "How much people copy others",
        shown: "2.5",
      },
    ]);
  });

  it("offers the rankers by their plain names", async () => {
    const { root, changes } = await mount({});
    const select = root.querySelector<HTMLSelectElement>("#k-feed-ranker")!;
    expect([...select.options].map((o) => o.textContent)).toContain("most liked first");
    select.value = "random";
    select.dispatchEvent(new Event("change"));
    expect(changes[0]).toMatchObject({
      path: "feed.ranker",
      value: "random",
      shown: "videos at random",
    });
  });
});
