/** Two runs compared number for number: a page's run against the same run in Node. */
import { expect } from "vitest";
import { type RunMetrics, SERIES_COLUMNS, SUMMARY_NAMES } from "../../src/engine/types.js";
import type { runMetrics } from "./harness.js";

type PageMetrics = Awaited<ReturnType<typeof runMetrics>>[number];

/**
 * Why two runs can differ in the last bits only: V8's Math.log, exp, pow, sin… are not
 * correctly rounded, and Chromium's V8 and Node's V8 round some inputs differently (Node 20
 * against Chromium 156: Math.log differs on about 2% of inputs, by one unit in the last place).
 */
const LAST_BITS =
  "differs in the last bits only: Node's and Chromium's Math.log/exp/pow round some inputs differently";

function explain(label: string, page: number, node: number): string {
  const close = Math.abs(page - node) <= 4 * Number.EPSILON * Math.abs(node);
  return `${label}: browser ${page}, Node ${node}${close ? ` (${LAST_BITS})` : ""}`;
}

/** Every summary value and every series value equal, NaN matching NaN, to the last bit. */
export function expectSameRun(page: PageMetrics, node: RunMetrics): void {
  expect(page.tick).toBe(node.tick);
  const differences: string[] = [];
  for (const name of SUMMARY_NAMES) {
    if (!Object.is(page.summary[name], node.summary[name])) {
      differences.push(explain(`summary.${name}`, page.summary[name], node.summary[name]));
    }
  }
  for (const column of SERIES_COLUMNS) {
    node.series[0][column].forEach((value, tick) => {
      const seen = page.series[0][column][tick];
      if (!Object.is(seen, value))
        differences.push(explain(`${column} at tick ${tick}`, seen, value));
    });
  }
  expect(differences).toEqual([]);
}
