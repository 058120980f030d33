import { scenarioJsonSchema } from "../scenario/json-schema.js";

/** One editable scenario field, as the JSON Schema of the scenario describes it. */
export interface FieldSpec {
  /** Dotted path, e.g. "population.users". */
  path: string;
  kind: "integer" | "number" | "boolean" | "choice" | "text";
  description: string;
  unit?: string;
  minimum?: number;
  maximum?: number;
  options?: string[];
  /** For fields of one kind of a union (graph.m): the discriminator path and the kinds. */
  onlyWhen?: { path: string; values: string[] };
}

interface JsonNode {
  type?: string;
  description?: string;
  unit?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonNode>;
  oneOf?: JsonNode[];
}

function leaf(path: string, node: JsonNode): FieldSpec | undefined {
  const common = { path, description: node.description ?? "", unit: node.unit };
  if (node.enum) return { ...common, kind: "choice", options: node.enum.map(String) };
  switch (node.type) {
    case "integer":
    case "number":
      return { ...common, kind: node.type, minimum: node.minimum, maximum: node.maximum };
    case "boolean":
      return { ...common, kind: "boolean" };
    case "string":
      return { ...common, kind: "text" };
    default:
      return undefined;
  }
}

/** A discriminated union (the graph): its kind is a choice, the rest belong to their kinds. */
function addUnion(path: string, node: JsonNode, fields: Map<string, FieldSpec>): void {
  const variants = node.oneOf ?? [];
  const kindPath = `${path}.kind`;
  const kinds = variants.map((variant) => String(variant.properties?.kind?.const));
  fields.set(kindPath, {
    path: kindPath,
    kind: "choice",
    description: node.description ?? "",
    options: kinds,
  });
  variants.forEach((variant, i) => {
    for (const [key, child] of Object.entries(variant.properties ?? {})) {
      if (key === "kind") continue;
      const childPath = `${path}.${key}`;
      const known = fields.get(childPath);
      if (known?.onlyWhen) known.onlyWhen.values.push(kinds[i]);
      else addNode(childPath, child, fields, { path: kindPath, values: [kinds[i]] });
    }
  });
}

function addNode(
  path: string,
  node: JsonNode,
  fields: Map<string, FieldSpec>,
  onlyWhen?: FieldSpec["onlyWhen"],
): void {
  if (node.oneOf) {
    addUnion(path, node, fields);
    return;
  }
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      addNode(path ? `${path}.${key}` : key, child, fields, onlyWhen);
    }
    return;
  }
  const field = leaf(path, node);
  if (field) fields.set(path, onlyWhen ? { ...field, onlyWhen } : field);
}

/** Every leaf field of the scenario by dotted path, read from the scenario's JSON Schema. */
export function scenarioFields(): Map<string, FieldSpec> {
  const fields = new Map<string, FieldSpec>();
  addNode("", scenarioJsonSchema() as JsonNode, fields);
  return fields;
}
