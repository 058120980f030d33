import { SUMMARY_NAMES } from "../../engine/types.js";
import type { ResultLine } from "../batch/result-line.js";
import { formatNumber, textTable } from "../text-table.js";

function settings(fields: Record<string, unknown>): string[] {
  return Object.entries(fields).map(
    ([path, value]) => `${path}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  );
}

/** A single run as people read it: what ran, then each summary metric. */
export function singleRunText(line: ResultLine): string {
  const set = [...settings(line.overrides), ...settings(line.sweep)];
  const header = [
    `scenario  ${line.scenario} (${line.scenarioFile}, hash ${line.scenarioHash})`,
    `seed      ${line.seed}    ticks ${line.ticks}    worlds ${line.worlds}    likesim ${line.version}    ${formatNumber(line.wallMs / 1000)} s`,
    ...(set.length > 0 ? [`set       ${set.join(" ")}`] : []),
  ];
  const rows = SUMMARY_NAMES.map((name) => [name, formatNumber(line.summary[name])]);
  const extended = line.extended
    ? `\n${textTable(
        ["extended metric", "value"],
        Object.entries(line.extended).map(([name, value]) => [name, formatNumber(value)]),
      )}`
    : "";
  return `${header.join("\n")}\n\n${textTable(["metric", "value"], rows)}${extended}`;
}
