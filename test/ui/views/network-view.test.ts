// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { forceLayout } from "../../../src/ui/views/force-layout.js";
import "../../../src/ui/views/network-view.js";
import type { LsNetworkView } from "../../../src/ui/views/network-view.js";
import { fixtureSnapshot } from "../fixtures/snapshot-fixture.js";

async function mountWith(users: number, maxNodes: number) {
  const view = document.createElement("ls-network-view") as LsNetworkView;
  const requested: number[] = [];
  view.layout = async (input) => {
    requested.push(input.nodeCount);
    return forceLayout({ ...input, ticks: 5 });
  };
  view.maxNodes = maxNodes;
  document.body.append(view);
  view.snapshot = fixtureSnapshot({ users });
  await view.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await view.updateComplete;
  return { view, requested, caption: () => view.shadowRoot!.querySelector("p")?.textContent ?? "" };
}

describe("the network view", () => {
  it("says when it draws a sample rather than the whole graph", async () => {
    const { view, requested, caption } = await mountWith(1200, 300);
    expect(requested).toEqual([300]);
    expect(caption()).toContain(
      "showing 300 of 1,200 users: the most followed and the follows among them",
    );
    const label = view.shadowRoot!.querySelector("canvas")?.getAttribute("aria-label") ?? "";
    expect(label).toMatch(
      /^Follow network, showing 300 of 1,200 users.* \d+ likes among them in the last tick\.$/,
    );
    view.remove();
  });

  it("lays out once per run, not on every tick", async () => {
    const { view, requested } = await mountWith(400, 1000);
    view.snapshot = { ...fixtureSnapshot({ users: 400 }), tick: 41 };
    await view.updateComplete;
    expect(requested).toEqual([400]);
    view.snapshot = { ...fixtureSnapshot({ users: 400 }), tick: 1 };
    await view.updateComplete;
    expect(requested).toEqual([400, 400]);
    view.remove();
  });

  it("names what the highlight means", async () => {
    const { view, caption } = await mountWith(200, 1000);
    view.emphasis = new Set([1, 2, 3]);
    view.emphasisLabel = "liked video 7";
    await view.updateComplete;
    expect(caption()).toContain("highlighted: users who liked video 7");
    view.remove();
  });
});
