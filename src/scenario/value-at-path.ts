/**
 * The value at a path in a scenario as written or parsed: `"feed.ranker"` or its fields as a
 * list (`["feed", "ranker"]`, or a validation issue's path, which may hold list indices).
 * Undefined where the path leads nowhere. The one reader behind overrides, validation
 * messages and the app's parameter panel.
 */
export function valueAtPath(input: unknown, path: string | readonly PropertyKey[]): unknown {
  let here = input;
  for (const key of typeof path === "string" ? path.split(".") : path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
