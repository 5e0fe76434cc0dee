// Bundle the browser side with esbuild: node web/build.mjs --outdir DIR [--define-json JSON]
// Called by site_builder/build.py; the outputs are copied into site/assets/trainer/.
import * as esbuild from "esbuild";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    outdir: { type: "string" },
    constants: { type: "string", default: "{}" },
    dev: { type: "boolean", default: false },
  },
});
if (!values.outdir) {
  console.error("usage: node web/build.mjs --outdir DIR [--constants JSON] [--dev]");
  process.exit(2);
}

// Build-time constants, e.g. {"PYODIDE_DIR": "pyodide-314.0.7"}, become __NAME__ in the code.
const define = Object.fromEntries(
  Object.entries(JSON.parse(values.constants)).map(([k, v]) => [`__${k}__`, JSON.stringify(v)]),
);

const result = await esbuild.build({
  entryPoints: {
    trainer: "web/src/main.js",
    worker: "web/src/worker.js",
    "trainer-style": "web/src/trainer.css",
  },
  outdir: values.outdir,
  bundle: true,
  format: "esm",
  target: ["chrome100", "firefox100", "safari16"],
  minify: !values.dev,
  sourcemap: "linked",
  define,
  metafile: true,
  logLevel: "warning",
});
const sizes = Object.entries(result.metafile.outputs)
  .filter(([name]) => !name.endsWith(".map"))
  .map(([name, out]) => `${name.split("/").pop()} ${(out.bytes / 1024).toFixed(1)} KB`);
console.log(`web bundle: ${sizes.join(", ")}`);
