import { css, html } from "lit";
import type { SummaryName } from "../../engine/types.js";
import type { SensitivityMark } from "../sensitivity-marks.js";
import { metricLabel } from "../summary-table.js";

export const badgeStyles = css`
  a.matters {
    font-size: 0.7rem;
    font-weight: 600;
    color: #5a3d00;
    background: #fbe6b3;
    border-radius: 0.6rem;
    padding: 0 0.45rem;
    text-decoration: none;
    white-space: nowrap;
  }
  a.matters:hover {
    text-decoration: underline;
  }
`;

/** "matters · 0.68": a setting the default scenario's sensitivity analysis found dominant. */
export function sensitivityBadge(mark: SensitivityMark) {
  const metric = metricLabel(mark.metric as SummaryName).toLowerCase();
  const total = mark.total.toFixed(2);
  const words = `Sensitivity analysis of the default scenario: alone and through its interactions, this setting accounts for ${Math.round(100 * mark.total)}% of the variance of the ${metric} (Sobol total index ${total}). Opens the report.`;
  return html`<a class="matters" href=${mark.href} target="_blank" rel="noopener"
    title=${words} aria-label=${words}>matters · ${total}</a>`;
}
