// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { LESSONS } from "../../../src/lessons/catalog.js";
import type { LessonNumbers } from "../../../src/ui/lessons/lesson-run.js";
import "../../../src/ui/lessons/lesson-panel.js";
import type { LsLessonPanel } from "../../../src/ui/lessons/lesson-panel.js";

const NUMBERS: LessonNumbers = {
  a: { giniVideos: 0.5234, top1Share: 0.066, qualitySpearman: 0.49 },
  b: { giniVideos: 0.7712, top1Share: 0.143, qualitySpearman: 0.27 },
};

async function panel(lesson: string) {
  const element = document.createElement("ls-lesson-panel") as LsLessonPanel;
  element.lesson = lesson;
  document.body.append(element);
  await element.updateComplete;
  const sent: { type: string; detail: string }[] = [];
  for (const type of ["lesson-change", "lesson-run"])
    element.addEventListener(type, (e) => sent.push({ type, detail: (e as CustomEvent).detail }));
  const root = element.shadowRoot!;
  const button = (name: RegExp) =>
    [...root.querySelectorAll("button")].find((b) => name.test((b.textContent ?? "").trim()))!;
  const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const choose = async (index: number) => {
    radios()[index].checked = true;
    radios()[index].dispatchEvent(new Event("change"));
    await element.updateComplete;
  };
  return { element, root, sent, button, radios, choose };
}

async function finish(element: LsLessonPanel, numbers = NUMBERS) {
  element.phase = "done";
  element.numbers = numbers;
  await element.updateComplete;
}

describe("the lesson panel", () => {
  it("lists every lesson in the catalog's order", async () => {
    const { root } = await panel("rich-get-richer");
    const options = [...root.querySelectorAll<HTMLOptionElement>("#lesson-pick option")];
    expect(options.map((o) => o.value)).toEqual(LESSONS.map((lesson) => lesson.id));
    expect(options[0].textContent?.trim()).toBe("1. The rich get richer");
  });

  it("shows the lesson's question and its prediction's choices as labelled radios", async () => {
    const { root, radios } = await panel("rich-get-richer");
    expect(root.querySelector(".question")?.textContent).toBe(LESSONS[0].question);
    expect(radios()).toHaveLength(LESSONS[0].prediction.choices.length);
    const labels = [...root.querySelectorAll("label.choice")].map((l) => l.textContent?.trim());
    expect(labels).toEqual(LESSONS[0].prediction.choices);
  });

  it("keeps Run disabled until the learner has predicted, then asks the page to run", async () => {
    const { sent, button, choose } = await panel("rich-get-richer");
    expect(button(/^Run$/).disabled).toBe(true);
    button(/^Run$/).click();
    expect(sent).toEqual([]);
    await choose(1);
    expect(button(/^Run$/).disabled).toBe(false);
    button(/^Run$/).click();
    expect(sent).toEqual([{ type: "lesson-run", detail: "rich-get-richer" }]);
  });

  it("steps to the next lesson and back, with no step past either end", async () => {
    const first = await panel(LESSONS[0].id);
    expect(first.button(/Previous/).disabled).toBe(true);
    first.button(/Next/).click();
    expect(first.sent).toEqual([{ type: "lesson-change", detail: LESSONS[1].id }]);

    const last = await panel(LESSONS[LESSONS.length - 1].id);
    expect(last.button(/Next/).disabled).toBe(true);
    last.button(/Previous/).click();
    expect(last.sent).toEqual([{ type: "lesson-change", detail: LESSONS[LESSONS.length - 2].id }]);
  });

  it("opens the lesson picked from the list", async () => {
    const { root, sent } = await panel("rich-get-richer");
    const pick = root.querySelector<HTMLSelectElement>("#lesson-pick")!;
    pick.value = "bought-likes";
    pick.dispatchEvent(new Event("change"));
    expect(sent).toEqual([{ type: "lesson-change", detail: "bought-likes" }]);
  });

  it("offers the first lesson as the next step when none is open", async () => {
    const { sent, button, radios } = await panel("");
    expect(radios()).toEqual([]);
    button(/Next/).click();
    expect(sent).toEqual([{ type: "lesson-change", detail: LESSONS[0].id }]);
  });

  it("names an unknown lesson and every allowed id, and offers no run", async () => {
    const { root, button } = await panel("rich-get-poorer");
    const alert = root.querySelector('[role="alert"]')?.textContent ?? "";
    expect(alert).toContain('got "rich-get-poorer"');
    for (const lesson of LESSONS) expect(alert).toContain(`"${lesson.id}"`);
    expect(button(/^Run$/)).toBeUndefined();
  });

  it("forgets the prediction when another lesson opens", async () => {
    const { element, button, choose } = await panel("rich-get-richer");
    await choose(1);
    element.lesson = "musiclab";
    await element.updateComplete;
    expect(button(/^Run$/).disabled).toBe(true);
  });

  it("locks the prediction while the run plays and says how far it is", async () => {
    const { element, root, button, choose } = await panel("rich-get-richer");
    await choose(1);
    button(/^Run$/).click();
    Object.assign(element, { phase: "running", tick: 40, ticks: 120 });
    await element.updateComplete;
    expect(root.querySelector("fieldset")?.disabled).toBe(true);
    expect(button(/^Run$/).disabled).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toContain("to tick 120");
    const progress = root.querySelector("progress")!;
    expect([progress.value, progress.max]).toEqual([40, 120]);
  });

  it("fills the learner's own numbers into what to look at, and explains why", async () => {
    const { element, root, button, choose } = await panel("rich-get-richer");
    await choose(1);
    button(/^Run$/).click();
    await finish(element);
    const lookAt = root.querySelector(".look-at")?.textContent ?? "";
    expect(lookAt).toContain(
      "the Gini of likes over videos was 0.523 under the random feed and 0.771 under the popularity feed",
    );
    expect(lookAt).toContain("took 6.6% of all likes with the random feed and 14.3%");
    expect(lookAt).not.toMatch(/[{}]/);
    expect(root.querySelector(".why")?.textContent).toBe(LESSONS[0].why);
  });

  it("says the prediction matches what the model shows over many seeds, beside the run's own numbers", async () => {
    const { element, root, button, choose } = await panel("rich-get-richer");
    await choose(LESSONS[0].prediction.supported);
    button(/^Run$/).click();
    await finish(element);
    const verdict = (root.querySelector(".verdict")?.textContent ?? "").replace(/\s+/g, " ");
    expect(verdict).toContain("Your prediction matches what the model shows over many seeds");
    expect(verdict).toContain(
      "In your run (one seed): Gini of likes over videos 0.523 with the random feed, 0.771 with the popularity feed.",
    );
  });

  it("links each view the text names, and asks the page to show it", async () => {
    const { element, root, button, choose } = await panel("rich-get-richer");
    await choose(1);
    button(/^Run$/).click();
    await finish(element);
    const asked: string[] = [];
    element.addEventListener("look-at", (e) => asked.push((e as CustomEvent<string>).detail));
    const links = [...root.querySelectorAll<HTMLButtonElement>(".look-links button")];
    expect(links.map((link) => link.textContent)).toEqual(
      LESSONS[0].look.map((look) => look.label),
    );
    for (const link of links) link.click();
    expect(asked).toEqual(LESSONS[0].look.map((look) => look.view));
  });

  it("judges the prediction made before the run, naming both it and what the model showed", async () => {
    const { element, root, button, choose } = await panel("rich-get-richer");
    const { choices, supported } = LESSONS[0].prediction;
    await choose(0);
    button(/^Run$/).click();
    await finish(element);
    await choose(supported); // changing the answer afterwards does not change the verdict
    const verdict = root.querySelector(".verdict")?.textContent ?? "";
    expect(verdict).toContain("something other than what you predicted");
    expect(verdict).toContain(choices[0]);
    expect(verdict).toContain(choices[supported]);
  });

  it("shows no result before the run has finished", async () => {
    const { element, root, choose, button } = await panel("rich-get-richer");
    await choose(1);
    button(/^Run$/).click();
    element.numbers = NUMBERS;
    await element.updateComplete;
    expect(root.querySelector(".look-at")).toBeNull();
  });
});
