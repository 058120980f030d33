// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import "../../../src/ui/controls/run-controls.js";
import type { LsRunControls } from "../../../src/ui/controls/run-controls.js";
import type { RunStatus } from "../../../src/ui/simulation-controller.js";

async function controls(status: RunStatus) {
  const element = document.createElement("ls-run-controls") as LsRunControls;
  Object.assign(element, { status, tick: 3, ticks: 10, seed: 7 });
  document.body.append(element);
  await element.updateComplete;
  const root = element.shadowRoot!;
  const button = (name: string) =>
    [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
  return { element, root, button };
}

describe("the run controls", () => {
  it("offer play, step and reset on a paused run", async () => {
    const { button } = await controls("paused");
    expect([button("Play")?.disabled, button("Step")?.disabled, button("Reset")?.disabled]).toEqual(
      [false, false, false],
    );
  });

  it("offer pause instead of play while playing", async () => {
    const { button } = await controls("playing");
    expect(button("Play")).toBeUndefined();
    expect(button("Pause")).toBeDefined();
  });

  it("only reset a finished run", async () => {
    const { button, root } = await controls("finished");
    expect([button("Play")?.disabled, button("Step")?.disabled, button("Reset")?.disabled]).toEqual(
      [true, true, false],
    );
    expect(root.querySelector("output")?.textContent).toContain("tick 3 of 10 (done)");
  });

  it("offer nothing to run while the engine is down", async () => {
    const { button } = await controls("crashed");
    expect([button("Play")?.disabled, button("Step")?.disabled, button("Reset")?.disabled]).toEqual(
      [true, true, true],
    );
  });

  it("report commands, speeds and seeds", async () => {
    const { element, root, button } = await controls("paused");
    const seen: [string, unknown][] = [];
    for (const type of ["run-command", "speed-change", "parameter-change"]) {
      element.addEventListener(type, (e) => seen.push([type, (e as CustomEvent).detail]));
    }
    button("Step")!.click();
    const speed = root.querySelector<HTMLSelectElement>("#speed")!;
    speed.value = "240";
    speed.dispatchEvent(new Event("change"));
    const seed = root.querySelector<HTMLInputElement>("#seed")!;
    seed.value = "42";
    seed.dispatchEvent(new Event("change"));
    expect(seen).toEqual([
      ["run-command", "step"],
      ["speed-change", 240],
      ["parameter-change", { path: "seed", value: "42" }],
    ]);
  });
});
