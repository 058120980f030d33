import { describe, expect, it } from "vitest";
import { parseOverride, scenarioWith } from "../../src/scenario/overrides.js";
import { scenarioFields } from "../../src/ui/parameter-fields.js";
import { unknownWidgetPaths, WIDGET_GROUPS } from "../../src/ui/widget-specs.js";

const fields = scenarioFields();
const widgets = WIDGET_GROUPS.flatMap((group) => group.widgets);

describe("the parameter panel's widget specs", () => {
  it("name only real, editable scenario fields", () => {
    expect(unknownWidgetPaths(WIDGET_GROUPS, fields)).toEqual([]);
  });

  it("would catch a widget that names a field the schema lacks, or a text field", () => {
    const groups = [
      {
        title: "t",
        widgets: [
          { path: "population.userz", label: "typo" },
          { path: "name", label: "text" },
          { path: "feed.ranker", label: "fine" },
        ],
      },
    ];
    expect(unknownWidgetPaths(groups, fields)).toEqual(["population.userz", "name"]);
  });

  it("show each field once", () => {
    const paths = widgets.map((widget) => widget.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(widgets.map((widget) => [widget.path, widget.exclude ?? []] as const))(
    "%s accepts a value inside its range as a URL override",
    (path, exclude) => {
      const field = fields.get(path)!;
      const offered = field.options?.filter((option) => !exclude.includes(option)) ?? [];
      const value =
        field.kind === "choice"
          ? offered[offered.length - 1]
          : field.kind === "boolean"
            ? "true"
            : String(field.minimum ?? 0);
      const kind = field.onlyWhen ? [`${field.onlyWhen.path}=${field.onlyWhen.values[0]}`] : [];
      const texts = path === "graph.kind" ? [`${path}=${value}`] : [...kind, `${path}=${value}`];
      const scenario = scenarioWith(
        {},
        texts.map((text) => parseOverride(text)),
      );
      const parsed = path.split(".").reduce<unknown>((here, key) => (here as never)[key], scenario);
      expect(String(parsed)).toBe(value);
    },
  );

  it("give steps that are positive", () => {
    for (const widget of widgets)
      if (widget.step !== undefined) expect(widget.step).toBeGreaterThan(0);
  });
});
