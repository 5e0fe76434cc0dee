// Run the checker inside Pyodide under Node.js, the way the browser's worker does.
//
//   node site_builder/pyodide_check.mjs --checker checker.zip < requests.jsonl
//       each input line {"key": any, "task_json": "...", "code": "..."} gives an output line
//       {"key": ..., "verdict": {...}} (or {"key": ..., "crash": "..."})
//   node site_builder/pyodide_check.mjs --checker checker.zip --script file.py
//       runs a Python file in Pyodide with the checker importable; its stdout is ours
//   --pyodide DIR    load Pyodide from DIR (the packaged engine's copy) instead of the
//                    `pyodide` package of node_modules
//   --packages DIR   also unpack the libraries in DIR (packages.json and its archives, as
//                    the site ships them) into site-packages first
//
// Pyodide's Python (3.14, no OpenSSL, no threads) differs from the local CPython, so
// authors' verify and the checker's own tests run here too.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    checker: { type: "string" },
    script: { type: "string" },
    packages: { type: "string" },
    pyodide: { type: "string" },
  },
});
if (!values.checker) {
  console.error("usage: pyodide_check.mjs --checker checker.zip [--script file.py]");
  process.exit(2);
}

const HOME = "/home/pyodide/trainer";
const { loadPyodide } = await import(
  values.pyodide ? pathToFileURL(join(resolve(values.pyodide), "pyodide.mjs")).href : "pyodide"
);
const pyodide = await loadPyodide({ stdout: (line) => console.log(line), stderr: (line) => console.error(line) });
pyodide.unpackArchive(new Uint8Array(readFileSync(values.checker)), "zip", { extractDir: HOME });
pyodide.runPython(`import sys; sys.path.insert(0, "${HOME}")`);
let keep = [];
if (values.packages) {
  const manifest = JSON.parse(readFileSync(join(values.packages, "packages.json"), "utf8"));
  const purelib = pyodide.pyimport("sysconfig").get_path("purelib");
  for (const entry of Object.values(manifest)) {
    const bytes = new Uint8Array(readFileSync(join(values.packages, entry.file)));
    pyodide.unpackArchive(bytes, "zip", { extractDir: purelib });
    keep = keep.concat(entry.imports);
  }
}

if (values.script) {
  const source = readFileSync(values.script, "utf8");
  pyodide.FS.writeFile(`${HOME}/__script__.py`, source);
  pyodide.runPython(`import runpy; runpy.run_path("${HOME}/__script__.py", run_name="__main__")`);
  process.exit(0);
}

const handle = pyodide.pyimport("checker.bridge").handle;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  let reply;
  try {
    // task_json stays text until Python parses it: JavaScript numbers would round big ints
    const preload = request.preload ?? [];
    const message = { kind: "check", code: request.code, task: request.task_json, keep, preload };
    const response = JSON.parse(handle(JSON.stringify(message)));
    reply = { key: request.key, verdict: response.result };
  } catch (error) {
    reply = { key: request.key, crash: String(error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
