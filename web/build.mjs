// Bundle the browser side with esbuild:
//   node web/build.mjs --outdir DIR [--constants JSON] [--lang ru] [--dev]
// Called by site_builder/build.py; the outputs are copied into site/assets/trainer/.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    outdir: { type: "string" },
    constants: { type: "string", default: "{}" },
    lang: { type: "string", default: "ru" },
    dev: { type: "boolean", default: false },
  },
});
if (!values.outdir) {
  console.error("usage: node web/build.mjs --outdir DIR [--constants JSON] [--lang ru] [--dev]");
  process.exit(2);
}

// Build-time constants, e.g. {"PYODIDE_DIR": "pyodide-314.0.7"}, become __NAME__ in the code.
const define = Object.fromEntries(
  Object.entries(JSON.parse(values.constants)).map(([k, v]) => [`__${k}__`, JSON.stringify(v)]),
);
const common = {
  outdir: values.outdir,
  bundle: true,
  target: ["chrome100", "firefox100", "safari16"],
  minify: !values.dev,
  sourcemap: "linked",
  define,
  metafile: true,
  logLevel: "warning",
  // the UI string catalogue of the chosen language (web/i18n/<lang>.json)
  alias: { "trainer-strings": fileURLToPath(new URL(`./i18n/${values.lang}.json`, import.meta.url)) },
};

const results = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: {
      trainer: "web/src/main.js",
      worker: "web/src/worker.js",
      "trainer-style": "web/src/trainer.css",
    },
    format: "esm",
    splitting: true, // the editor loads only on task pages, not on the home page or map
    chunkNames: "chunks/[name]-[hash]",
  }),
  // classic scripts: the shim must run before the theme's own bundle, the search worker
  // loads the theme's with importScripts(), and the service worker is moved to the site
  // root with its precache manifest by site_builder/build.py
  esbuild.build({
    ...common,
    entryPoints: {
      "nav-shim": "web/src/nav-shim.js",
      "search-worker": "web/src/search-worker.js",
      sw: "web/src/sw.js",
    },
    format: "iife",
  }),
]);
const sizes = results
  .flatMap((result) => Object.entries(result.metafile.outputs))
  .filter(([name]) => !name.endsWith(".map"))
  .map(([name, out]) => `${name.split("/").pop()} ${(out.bytes / 1024).toFixed(1)} KB`);
console.log(`web bundle: ${sizes.join(", ")}`);
