// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/validate.js";
import "../../../src/ui/controls/parameter-panel.js";
import type { LsParameterPanel } from "../../../src/ui/controls/parameter-panel.js";
import { shownValue } from "../../../src/ui/controls/parameter-panel.js";
import { plain } from "../../../src/ui/page-runs.js";
import type { PlainProblem } from "../../../src/ui/plain-problem.js";

async function panel(input: unknown, problems: Record<string, PlainProblem> = {}, compared = "") {
  const element = document.createElement("ls-parameter-panel") as LsParameterPanel;
  element.scenario = parseScenario(input);
  element.problems = problems;
  element.compared = compared;
  document.body.append(element);
  await element.updateComplete;
  return element.shadowRoot!;
}

describe("the parameter panel", () => {
  it("labels each field and shows its description, unit and range from the schema", async () => {
    const root = await panel({ population: { users: 500 } });
    const input = root.querySelector<HTMLInputElement>("#p-population-users")!;
    expect(input.value).toBe("500");
    expect([input.min, input.max, input.step]).toEqual(["2", "50000000", "100"]);
    expect(root.querySelector('label[for="p-population-users"]')?.textContent).toContain("Users");
    const help = root.querySelector(`#${input.getAttribute("aria-describedby")}`)!.textContent;
    expect(help).toContain("Number of users on the platform.");
    expect(help).toContain("Range 2 – 50,000,000 users.");
  });

  it("shows only the fields of the graph's kind", async () => {
    const root = await panel({ graph: { kind: "watts-strogatz" } });
    expect(root.querySelector("#p-graph-k")).not.toBeNull();
    expect(root.querySelector("#p-graph-m")).toBeNull();
  });

  it("offers no file graph, which needs a path only a scenario file gives", async () => {
    const root = await panel({});
    const options = [...root.querySelectorAll("#p-graph-kind option")].map((o) => o.textContent);
    expect(options).not.toContain("file");
    expect(options).toContain("communities");
  });

  it("reports a committed edit as the field's path and the value as typed", async () => {
    const root = await panel({});
    const events: { path: string; value: string }[] = [];
    root.host.addEventListener("parameter-change", (e) => events.push((e as CustomEvent).detail));
    const ranker = root.querySelector<HTMLSelectElement>("#p-feed-ranker")!;
    ranker.value = "chronological";
    ranker.dispatchEvent(new Event("change"));
    const users = root.querySelector<HTMLInputElement>("#p-population-users")!;
    users.value = "1e3";
    users.dispatchEvent(new Event("change"));
    expect(events).toEqual([
      { path: "feed.ranker", value: "chronological" },
      { path: "population.users", value: "1e3" },
    ]);
  });

  it("marks a refused edit and says in plain words what is allowed, the path in a detail", async () => {
    const problem = plain("population.users: got 1; allowed: ≥ 2");
    const root = await panel({}, { "population.users": problem });
    const input = root.querySelector("#p-population-users")!;
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain("p-population-users-error");
    expect(root.querySelector("#p-population-users-error")?.textContent).toBe(
      "People on the platform: 1 is not allowed; it must be at least 2.",
    );
    expect(root.querySelector("details")?.textContent).toContain(
      "population.users: got 1; allowed: ≥ 2",
    );
  });

  it("shows a ranker's own weights only under that ranker", async () => {
    const forYou = await panel({ feed: { ranker: "for-you" } });
    expect(forYou.querySelector("#p-feed-forYou-exploration")).not.toBeNull();
    const popularity = await panel({ feed: { ranker: "popularity" } });
    expect(popularity.querySelector("#p-feed-forYou-exploration")).toBeNull();
    expect(popularity.querySelector("#p-feed-staged-likeRateBar")).toBeNull();
  });

  it("shows numbers rounded to three significant digits, whole numbers as they are", async () => {
    expect(shownValue(0.06857142857142857)).toBe("0.0686");
    expect(shownValue(0.30000000000000004)).toBe("0.3");
    expect(shownValue(50_000)).toBe("50000");
    const root = await panel({ population: { creatorShare: 0.06857142857142857 } });
    expect(root.querySelector<HTMLInputElement>("#p-population-creatorShare")!.value).toBe(
      "0.0686",
    );
  });

  it("gives each input its label alone as its name, without the unit glued on", async () => {
    const root = await panel({});
    const label = root.querySelector('label[for="p-population-users"]')!;
    expect(label.textContent?.trim()).toBe("Users");
    expect(root.querySelector('label[for="p-behaviour-socialProof"]')?.textContent?.trim()).toBe(
      "Social proof weight",
    );
  });

  it("leaves the compared setting to compare mode", async () => {
    const root = await panel({}, {}, "feed.ranker");
    expect(root.querySelector<HTMLSelectElement>("#p-feed-ranker")!.disabled).toBe(true);
  });
});
