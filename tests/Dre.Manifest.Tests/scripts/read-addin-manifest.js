// Reads an Outlook add-in XML manifest with office-addin-manifest's offline reader and prints what it found as JSON.
// It only parses the file (no validation service is called; this package version's usage data is a no-op).
// Usage: node read-addin-manifest.js <manifest.xml>
"use strict";
const { OfficeAddinManifest } = require("office-addin-manifest");

OfficeAddinManifest.readManifestFile(process.argv[2])
  .then((info) => process.stdout.write(JSON.stringify(info)))
  .catch((error) => {
    process.stderr.write(String(error && error.message ? error.message : error));
    process.exit(1);
  });
