// Validates a filled app package folder (manifest.json, fr-FR.json) against the Microsoft 365 app manifest
// schemas that @microsoft/app-manifest ships, offline. Prints a JSON array of errors ([] when valid).
// Usage: node validate-app-manifest.js <package folder>
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const folder = process.argv[2];
const schemas = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

const manifest = read(path.join(folder, "manifest.json"));
const version = manifest.manifestVersion;
const errors = [];
const validate = (documentName, document, schemaFile) => {
  // The localization schema's patterns are not valid as Unicode regular expressions; the schemas are draft-04.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const check = ajv.compile(read(path.join(schemas, "v" + version, schemaFile)));
  if (!check(document)) {
    for (const error of check.errors) {
      errors.push(`${documentName}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }
};

validate("manifest.json", manifest, "MicrosoftTeams.schema.json");
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  validate(language.file, read(path.join(folder, language.file)), "MicrosoftTeams.Localization.schema.json");
}
process.stdout.write(JSON.stringify({ schemaVersion: version, errors }));
