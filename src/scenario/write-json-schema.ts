import { writeFileSync } from "node:fs";
import { scenarioJsonSchemaText } from "./json-schema.js";

// `npm run schema`: regenerates scenarios/schema.json after a change to the scenario schema.
const target = new URL("../../scenarios/schema.json", import.meta.url);
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target.pathname}`);
