// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import "../../../src/ui/controls/compare-controls.js";
import type { LsCompareControls } from "../../../src/ui/controls/compare-controls.js";
import type { CompareSpec } from "../../../src/ui/page-state.js";

async function controls(spec: CompareSpec | undefined) {
  const element = document.createElement("ls-compare-controls") as LsCompareControls;
  element.spec = spec;
  element.current = (path) => (path === "behaviour.socialProof" ? 1 : undefined);
  document.body.append(element);
  await element.updateComplete;
  const sent: (CompareSpec | null)[] = [];
  element.addEventListener("compare-change", (e) => sent.push((e as CustomEvent).detail));
  return { root: element.shadowRoot!, sent };
}

function change(element: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === "boolean") (element as HTMLInputElement).checked = value;
  else element.value = value;
  element.dispatchEvent(new Event("change"));
}

describe("the compare controls", () => {
  it("turn compare mode on with chronological against for-you", async () => {
    const { root, sent } = await controls(undefined);
    change(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!, true);
    expect(sent).toEqual([{ path: "feed.ranker", a: "chronological", b: "for-you" }]);
  });

  it("turn it off", async () => {
    const { root, sent } = await controls({ path: "feed.ranker", a: "random", b: "for-you" });
    change(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!, false);
    expect(sent).toEqual([null]);
  });

  it("start a newly chosen number setting from the running value in both worlds", async () => {
    const { root, sent } = await controls({ path: "feed.ranker", a: "random", b: "for-you" });
    change(root.querySelector<HTMLSelectElement>("#compare-path")!, "behaviour.socialProof");
    expect(sent).toEqual([{ path: "behaviour.socialProof", a: "1", b: "1" }]);
  });

  it("set one world's value and keep the other's", async () => {
    const { root, sent } = await controls({ path: "feed.ranker", a: "random", b: "for-you" });
    change(root.querySelector<HTMLSelectElement>("#compare-b")!, "popularity");
    expect(sent).toEqual([{ path: "feed.ranker", a: "random", b: "popularity" }]);
  });

  it("offer no field that belongs to one kind of graph only", async () => {
    const { root } = await controls({ path: "feed.ranker", a: "random", b: "for-you" });
    const paths = [...root.querySelectorAll<HTMLOptionElement>("#compare-path option")].map(
      (o) => o.value,
    );
    expect(paths).toContain("population.users");
    expect(paths).not.toContain("graph.m");
    expect(paths).not.toContain("graph.kind");
  });
});
