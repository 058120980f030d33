import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findLesson } from "../../../src/lessons/catalog.js";
import type { Lesson } from "../../../src/lessons/lesson.js";
import { lessonScenarioId, planLesson } from "../../../src/ui/lessons/lesson-runs.js";
import { readPageState, writePageState } from "../../../src/ui/page-state.js";
import type { RunPlan } from "../../../src/ui/run-plan.js";
import type { CatalogEntry } from "../../../src/ui/scenario-catalog.js";

const catalog: CatalogEntry[] = ["rich-get-richer", "musiclab"].map((id) => ({
  id,
  file: `scenarios/${id}.json`,
  description: "",
  input: JSON.parse(readFileSync(`scenarios/${id}.json`, "utf8")),
}));

function lesson(id: string): Lesson {
  const found = findLesson(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
}

function runs(plan: RunPlan) {
  if (!plan.ok) throw new Error(plan.problems.join("\n"));
  return plan.runs;
}

describe("a lesson's two worlds", () => {
  it("run the lesson's scenario once per arm, on the same seed, differing in the arm's field", () => {
    const rich = lesson("rich-get-richer");
    const [a, b] = runs(planLesson({ scenario: "default", overrides: [] }, rich, catalog));
    expect([a.label, b.label]).toEqual(["random feed", "popularity feed"]);
    expect([a.scenario.feed.ranker, b.scenario.feed.ranker]).toEqual(["random", "popularity"]);
    expect(a.scenario.seed).toBe(b.scenario.seed);
    expect(a.source).toBe("scenarios/rich-get-richer.json");
    expect({ ...a.scenario, feed: b.scenario.feed }).toEqual(b.scenario);
  });

  it("set every field of an arm that sets several", () => {
    const [a, b] = runs(planLesson({ scenario: "", overrides: [] }, lesson("musiclab"), catalog));
    expect(a.overrides).toEqual(["feed.ranker=random", "behaviour.socialProof=0"]);
    expect(a.scenario.behaviour.socialProof).toBe(0);
    expect(b.scenario.feed.ranker).toBe("popularity");
  });

  it("share the page's other edits, and let the arms decide the fields they set", () => {
    const overrides: [string, string][] = [
      ["population.users", "300"],
      ["feed.ranker", "chronological"],
    ];
    const [a, b] = runs(
      planLesson({ scenario: "", overrides }, lesson("rich-get-richer"), catalog),
    );
    expect([a.scenario.population.users, b.scenario.population.users]).toEqual([300, 300]);
    expect([a.scenario.feed.ranker, b.scenario.feed.ranker]).toEqual(["random", "popularity"]);
  });

  it("record the chosen user's feed in both worlds", () => {
    const state = { scenario: "", overrides: [], feedUser: "7" };
    const [a, b] = runs(planLesson(state, lesson("rich-get-richer"), catalog));
    expect([a.traceUser, b.traceUser]).toEqual([7, 7]);
  });

  it("refuse an edit the schema refuses, naming field and value", () => {
    const state = { scenario: "", overrides: [["population.users", "-3"]] as [string, string][] };
    const plan = planLesson(state, lesson("rich-get-richer"), catalog);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.join("\n")).toMatch(/population\.users.*-3/);
  });

  it("name the scenario by its file's id", () => {
    expect(lessonScenarioId(lesson("rich-get-richer"))).toBe("rich-get-richer");
  });
});

describe("the lesson in the address bar", () => {
  it("is read as the lesson, not as a scenario override, and written back", () => {
    const state = readPageState("?lesson=rich-get-richer&seed=3", "default");
    expect(state.lesson).toBe("rich-get-richer");
    expect(state.overrides).toEqual([["seed", "3"]]);
    expect(readPageState(writePageState(state), "default")).toEqual(state);
  });
});
