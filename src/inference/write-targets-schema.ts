import { writeFileSync } from "node:fs";
import { targetsJsonSchemaText } from "./targets.js";

// Part of `npm run schema`: regenerates targets/schema.json after a change to the targets schema.
const target = new URL("../../targets/schema.json", import.meta.url);
writeFileSync(target, targetsJsonSchemaText());
console.log(`wrote ${target.pathname}`);
