/**
 * Writes template.schema.json, the JSON Schema template authors point their editors at, from the
 * one definition of the format (src/templates/schema.ts) and the built-in sections a template may
 * use by name (src/templates/sections). `--check` fails instead when the
 * committed file differs from what the definition gives (a test runs it).
 */
const fs = require("fs");
const path = require("path");
const { registerTypeScript } = require("./lib/typescript-require");

registerTypeScript();

const { z } = require("zod");
const { templateFileSchema } = require("../src/templates/schema");
const { builtInSections } = require("../src/templates/sections");

const target = path.resolve(__dirname, "..", "template.schema.json");

/** The schema as JSON text, with an id so editors and validators can name it. */
function schemaText() {
  const schema = {
    ...z.toJSONSchema(templateFileSchema([...builtInSections.values()]), { target: "draft-2020-12" }),
    $id: "template.schema.json",
  };
  // zod keeps each shared part's registry id beside it; JSON Schema names them by their $defs key.
  for (const part of Object.values(schema.$defs ?? {})) delete part.id;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  const text = schemaText();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== text) {
      console.error("template.schema.json is out of date: run `npm run schema`.");
      process.exit(1);
    }
    console.log("template.schema.json is current.");
  } else {
    fs.writeFileSync(target, text);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

module.exports = { schemaText };
