import { describe, expect, it } from "vitest";
import { characterCount, printable, textProblem } from "../../src/scenario/safe-text.js";

const LINE = { max: 100 };
const PROSE = { max: 100, lines: true };

describe("textProblem: text that is safe to print", () => {
  it.each([
    ["accents", "Café crème, naïve Ångström"],
    ["CJK", "東京の動画 좋아요"],
    ["emoji, with joiners and skin tones", "🎉 👩🏽‍💻 👨‍👩‍👧"],
    ["right-to-left scripts with their marks", "مرحبا بالعالم \u200f שלום"],
  ])("accepts ordinary Unicode: %s", (_, text) => {
    expect(textProblem(text, LINE)).toBeUndefined();
  });

  it("counts characters, not UTF-16 units: 100 emoji pass, 101 do not", () => {
    expect(characterCount("🎉".repeat(100))).toBe(100);
    expect(textProblem("🎉".repeat(100), LINE)).toBeUndefined();
    expect(textProblem("🎉".repeat(101), LINE)).toBe("at most 100 characters (this has 101)");
    expect(textProblem("a".repeat(1_000_000), LINE)).toBe(
      "at most 100 characters (this has 1,000,000)",
    );
  });

  it.each([
    [0x202a, "left-to-right embedding"],
    [0x202b, "right-to-left embedding"],
    [0x202c, "pop directional formatting"],
    [0x202d, "left-to-right override"],
    [0x202e, "right-to-left override"],
    [0x2066, "left-to-right isolate"],
    [0x2067, "right-to-left isolate"],
    [0x2068, "first strong isolate"],
    [0x2069, "pop directional isolate"],
  ])("refuses the bidirectional control U+%s, naming it and where it is", (code, name) => {
    const text = `ab${String.fromCodePoint(code)}cd`;
    const expected = `found U+${code.toString(16).toUpperCase()} (${name}) at character 3`;
    expect(textProblem(text, LINE)).toContain(expected);
    expect(textProblem(text, PROSE)).toContain(expected);
  });

  it.each([
    ["NUL", 0x00],
    ["escape", 0x1b],
    ["carriage return", 0x0d],
    ["delete", 0x7f],
    ["next line (C1)", 0x85],
    ["control sequence introducer (C1)", 0x9b],
  ])("refuses the control character %s, even in prose", (_, code) => {
    const text = `x${String.fromCodePoint(code)}`;
    const hex = code.toString(16).toUpperCase().padStart(4, "0");
    expect(textProblem(text, LINE)).toContain(`U+${hex} (a control character) at character 2`);
    expect(textProblem(text, PROSE)).toContain(`U+${hex} (a control character)`);
  });

  it("allows line feeds and tabs in prose only", () => {
    expect(textProblem("one\n\ttwo", PROSE)).toBeUndefined();
    expect(textProblem("one\ntwo", LINE)).toMatch(/^one line of text .*U\+000A/);
    expect(textProblem("one\ttwo", LINE)).toMatch(/U\+0009/);
  });
});

describe("printable: a value shown in a message", () => {
  it("escapes bidirectional controls and C1 controls, which JSON leaves as they are", () => {
    const shown = printable("ab\u202ecd\u0085");
    expect(shown).toBe('"ab\\u202Ecd\\u0085"');
    expect(shown).not.toMatch(/[\u202e\u0085]/);
  });

  it("keeps ordinary Unicode and cuts long values at 60 characters", () => {
    expect(printable("Café 東京 🎉")).toBe('"Café 東京 🎉"');
    const long = printable("🎉".repeat(1000));
    expect(characterCount(long)).toBe(61);
    expect(long.endsWith("…")).toBe(true);
  });
});
