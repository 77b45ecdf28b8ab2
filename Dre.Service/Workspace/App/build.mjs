// Builds the workspace tab (React + Fluent UI) with esbuild into Dre.Service/wwwroot/app/. Run from the repository
// root: npm run build:tab. It shares the task pane's API client and development sign-in rather than copying them.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "wwwroot", "app");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  bundle: true, format: "iife", target: ["chrome100", "edge100", "safari15"], sourcemap: true, minify: true, logLevel: "warning",
  entryPoints: { tab: join(here, "src", "main.tsx") }, outdir: out, jsx: "automatic", define: { "process.env.NODE_ENV": '"production"' },
});
await copyFile(join(here, "index.html"), join(out, "index.html"));
