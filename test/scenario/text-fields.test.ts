import { describe, expect, it } from "vitest";
import { parseOverride, scenarioWith } from "../../src/scenario/overrides.js";
import { parseSweepAxis } from "../../src/scenario/sweep.js";
import { parseScenario, ScenarioError } from "../../src/scenario/validate.js";

function problems(input: unknown): string[] {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error("expected the scenario to be refused");
}

const RLO = "\u202e";

describe("the scenario's text fields", () => {
  it("refuses a name of a million characters, showing only its start", () => {
    const [message] = problems({ name: "x".repeat(1_000_000) });
    expect(message).toMatch(
      /^name: got "x{59}…; allowed: at most 100 characters \(this has 1,000,000\)$/,
    );
  });

  it("refuses a name with a right-to-left override, and shows it escaped", () => {
    const error = (() => {
      try {
        parseScenario({ name: `evil${RLO}txt.exe` });
      } catch (caught) {
        return caught as ScenarioError;
      }
    })();
    expect(error?.problems).toEqual([
      'name: got "evil\\u202Etxt.exe"; allowed: one line of text without control characters or bidirectional overrides; found U+202E (right-to-left override) at character 5',
    ]);
    expect(error?.message).not.toContain(RLO);
  });

  it.each([
    ["description", { description: "a\u001b[31mred" }, /^description: got .*U\+001B/],
    ["description, too long", { description: "d".repeat(501) }, /^description: .*at most 500/],
    ["an about paragraph", { about: { what: "a\u0000b" } }, /^about\.what: .*U\+0000/],
    ["an about paragraph, too long", { about: { how: "h".repeat(4001) } }, /at most 4,000/],
    [
      "a reference with a line break",
      { about: { references: ["a\nb"] } },
      /^about\.references\.0: .*U\+000A/,
    ],
    [
      "too many references",
      { about: { references: Array(51).fill("r") } },
      /^about\.references: .*length ≤ 50/,
    ],
    [
      "the schema path",
      { $schema: `x${"\u2066"}` },
      /^\$schema: .*U\+2066 \(left-to-right isolate\)/,
    ],
    [
      "a network path",
      { graph: { kind: "file", path: "net\u0007.txt" } },
      /^graph\.path: .*U\+0007/,
    ],
    ["an empty name", { name: "" }, /^name: got ""; allowed: length ≥ 1$/],
  ])("refuses %s", (_, input, pattern) => {
    const found = problems(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(pattern);
  });

  it("keeps ordinary Unicode: accents, CJK, emoji, right-to-left scripts, line breaks in prose", () => {
    const scenario = parseScenario({
      name: "Café 東京 🎉 مرحبا",
      description: "Ünïcödé, 좋아요 👍🏽",
      about: {
        what: "First line.\nSecond line, עברית.",
        references: ["Salganik, Dodds & Watts (2006) — MusicLab"],
      },
    });
    expect(scenario.name).toBe("Café 東京 🎉 مرحبا");
    expect(scenario.about.what).toContain("\n");
    expect(parseScenario({ name: "🎉".repeat(100) }).name).toHaveLength(200);
  });

  it("refuses the same through overrides, and a bidirectional control in an override's text", () => {
    expect(() => scenarioWith({}, [parseOverride(`name=${"n".repeat(101)}`)])).toThrow(
      /name: got "n+…; allowed: at most 100 characters/,
    );
    expect(() => parseOverride(`name=a${RLO}b`, "URL parameter")).toThrow(
      'URL parameter "name=a\\u202Eb": allowed: one line of text without control characters or bidirectional overrides; found U+202E (right-to-left override) at character 7',
    );
    expect(() => parseSweepAxis(`name=a,b${RLO}`)).toThrow(/^--sweep "name=a,b\\u202E": allowed/);
    expect(scenarioWith({}, [parseOverride("name=Café 東京 🎉")]).name).toBe("Café 東京 🎉");
  });
});
