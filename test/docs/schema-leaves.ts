import { scenarioJsonSchema } from "../../src/scenario/json-schema.js";

/** One setting a scenario file can hold, as the editors' JSON Schema describes it. */
export interface SchemaLeaf {
  /** Dotted path from the top of the scenario, e.g. "feed.forYou.trending". */
  path: string;
  /** For settings of one graph kind only: that kind (e.g. "erdos-renyi"). */
  variant?: string;
  /** The default, own or from the enclosing object's default; absent when there is none. */
  default?: { value: unknown };
  type?: string;
  minimum?: number;
  maximum?: number;
  /** Text: most characters; a list of texts: most entries, and most characters of each. */
  maxLength?: number;
  maxItems?: number;
  /** Allowed values of an enum, or every kind of a discriminated union's `kind`. */
  values?: unknown[];
}

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  oneOf?: JsonSchema[];
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
};

function defaultOf(node: JsonSchema, inherited: unknown): SchemaLeaf["default"] {
  if ("default" in node) return { value: node.default };
  return inherited === undefined ? undefined : { value: inherited };
}

function walk(
  node: JsonSchema,
  path: string[],
  out: SchemaLeaf[],
  variant?: string,
  inherited?: unknown,
) {
  if (node.oneOf) {
    // The discriminator is the property every option fixes to a constant: `kind` or `do`.
    const first = node.oneOf[0].properties ?? {};
    const tag = Object.keys(first).find((key) => first[key].const !== undefined) ?? "kind";
    const discriminator: SchemaLeaf = { path: [...path, tag].join("."), values: [] };
    discriminator.default = defaultOf(
      {},
      (node.default as Record<string, unknown> | undefined)?.[tag],
    );
    out.push(discriminator);
    for (const option of node.oneOf) {
      const kind = option.properties?.[tag]?.const;
      discriminator.values?.push(kind);
      for (const [key, child] of Object.entries(option.properties ?? {})) {
        if (key !== tag) walk(child, [...path, key], out, String(kind));
      }
    }
    return;
  }
  if (node.type === "array" && node.items?.oneOf) {
    // A list of tagged objects (interventions): the list itself, then each entry's fields.
    out.push({
      path: path.join("."),
      variant,
      default: defaultOf(node, inherited),
      type: node.type,
      maxItems: node.maxItems,
    });
    walk(node.items, [...path.slice(0, -1), `${path.at(-1)}[]`], out);
    return;
  }
  if (node.type === "object" && node.properties) {
    const defaults = (node.default ?? {}) as Record<string, unknown>;
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...path, key], out, variant, defaults[key]);
    }
    return;
  }
  out.push({
    path: path.join("."),
    variant,
    default: defaultOf(node, inherited),
    type: node.type,
    minimum: node.minimum,
    maximum: node.maximum,
    maxLength: node.maxLength ?? node.items?.maxLength,
    maxItems: node.maxItems,
    values: node.enum,
  });
}

/** Every setting of the scenario schema, with its default, range and allowed values. */
export function schemaLeaves(): SchemaLeaf[] {
  const out: SchemaLeaf[] = [];
  walk(scenarioJsonSchema() as JsonSchema, [], out);
  return out;
}
