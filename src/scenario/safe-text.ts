/**
 * Rules for text that reaches terminals, HTML reports and file names: scenario names,
 * descriptions and `about` texts, and the labels of compared arms. Ordinary Unicode
 * (accents, CJK, emoji, right-to-left scripts with their marks) is welcome; refused are
 * control characters (C0, DEL, C1), which can move a terminal's cursor or hide text, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
 * make text display in an order other than the one it is stored in ("Trojan Source").
 * Lengths count characters (Unicode code points), as JSON Schema's maxLength does.
 */
export interface TextRule {
  /** Most characters allowed. */
  max: number;
  /** Whether line feeds and tabs are allowed (paragraphs of prose); never other controls. */
  lines?: boolean;
}

const BIDI_NAMES: Record<number, string> = {
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
};

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function isRefused(code: number, lines: boolean): boolean {
  if (lines && (code === 0x0a || code === 0x09)) return false;
  return isControl(code) || BIDI_NAMES[code] !== undefined;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** "U+202E (right-to-left override)", "U+001B (a control character)". */
export function describeCharacter(code: number): string {
  return `U+${hex(code)} (${BIDI_NAMES[code] ?? "a control character"})`;
}

/** The number of characters (code points) of a text. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** What is wrong with `text` under `rule`, as the "allowed" part of a message; undefined if nothing. */
export function textProblem(text: string, rule: TextRule): string | undefined {
  const count = characterCount(text);
  if (count > rule.max) {
    return `at most ${rule.max.toLocaleString("en-US")} characters (this has ${count.toLocaleString("en-US")})`;
  }
  let position = 0;
  for (const character of text) {
    position++;
    const code = character.codePointAt(0)!;
    if (isRefused(code, rule.lines ?? false)) {
      const what = rule.lines
        ? "text without control characters (line feeds and tabs aside)"
        : "one line of text without control characters";
      return `${what} or bidirectional overrides; found ${describeCharacter(code)} at character ${position}`;
    }
  }
  return undefined;
}

/**
 * A value as JSON, safe to print: control characters and bidirectional formatting are
 * written as \u escapes, and text beyond `max` characters is cut with "…".
 */
export function printable(value: unknown, max = 60): string {
  const json = JSON.stringify(value) ?? String(value);
  let out = "";
  let count = 0;
  for (const character of json) {
    if (++count > max) return `${out}…`;
    const code = character.codePointAt(0)!;
    out += isRefused(code, false) ? `\\u${hex(code)}` : character;
  }
  return out;
}
