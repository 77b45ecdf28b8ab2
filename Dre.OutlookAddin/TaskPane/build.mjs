// Builds the Outlook add-in's task pane with esbuild: the production pane (pane/) and the development page with its
// Office stand-in (dev/), into Dre.OutlookAddin/wwwroot/taskpane/. Run from the repository root: npm run build:addin.
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "wwwroot", "taskpane");

// The locales are plain objects: each French text must exist for each English one, and no more.
const keys = async (file) => [...(await readFile(join(here, "src", "locales", file), "utf8")).matchAll(/^\s+"?([\w.]+)"?:/gm)].map((m) => m[1]);
const [en, fr] = [await keys("en.ts"), await keys("fr.ts")];
const missing = en.filter((k) => !fr.includes(k));
const extra = fr.filter((k) => !en.includes(k));
if (missing.length || extra.length) {
  console.error(`locales/fr.ts does not match locales/en.ts: missing ${missing.join(", ") || "none"}; extra ${extra.join(", ") || "none"}.`);
  process.exit(1);
}

await rm(out, { recursive: true, force: true });
const common = { bundle: true, format: "iife", target: ["chrome100", "edge100", "safari15"], sourcemap: true, minify: true, logLevel: "warning" };
await Promise.all([
  build({ ...common, entryPoints: { taskpane: join(here, "src", "taskpane.ts"), auth: join(here, "src", "auth-dialog.ts") }, outdir: join(out, "pane") }),
  build({ ...common, entryPoints: { "dev-office": join(here, "src", "dev", "office-standin.ts"), dev: join(here, "src", "dev", "dev-page.ts") }, outdir: join(out, "dev") }),
]);

const copies = { pane: ["taskpane.html", "taskpane.css", "auth.html"], dev: ["dev.html", "dev-pane.html", "dev.css"] };
for (const [folder, files] of Object.entries(copies)) {
  await mkdir(join(out, folder), { recursive: true });
  await Promise.all(files.map((f) => copyFile(join(here, f), join(out, folder, f))));
}
