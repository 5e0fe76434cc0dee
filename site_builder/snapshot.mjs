// A memory snapshot of Python with the checker imported, made at build time:
//
//   node site_builder/snapshot.mjs --checker checker.zip --out python.snapshot.gz \
//       [--stdlib python.stdlib.zip.gz]
//
// A browser that starts Python from it skips Python's own start-up and the checker's
// imports (about 0.5 s instead of 2 s or more). The snapshot belongs to this Pyodide build
// and this checker: the worker (web/src/worker.js) asks for it by a name naming both.
// Pyodide's snapshot API is private (underscored); the worker falls back to a plain start.
// With --stdlib it also writes the standard library the snapshot was made with, its most
// imported modules compiled (stdlib_pyc.py): the worker starts every Python from it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

const { values } = parseArgs({
  options: { checker: { type: "string" }, out: { type: "string" }, stdlib: { type: "string" } },
});
if (!values.checker || !values.out) {
  console.error("usage: snapshot.mjs --checker checker.zip --out python.snapshot.gz [--stdlib stdlib.zip.gz]");
  process.exit(2);
}

// Pyodide records at its start whether the runtime has JS Promise integration, and a
// snapshot keeps that: made without it, Python started from it could never let input()
// wait for the page. Node.js has it behind a flag (which one depends on the version): run
// again with the first one that works, and make no snapshot rather than one without it.
const hasJspi = () => "Suspending" in WebAssembly || "Suspender" in WebAssembly;
const JSPI_FLAGS = ["--experimental-wasm-jspi", "--experimental-wasm-stack-switching"];
if (!hasJspi()) {
  const probe = "process.exit('Suspending' in WebAssembly || 'Suspender' in WebAssembly ? 0 : 1)";
  const flag = JSPI_FLAGS.find((name) => spawnSync(process.execPath, [name, "-e", probe]).status === 0);
  if (!flag) {
    console.error("this Node.js has no JS Promise integration (WebAssembly stack switching)");
    process.exit(1);
  }
  const again = spawnSync(process.execPath, [flag, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(again.status ?? 1);
}

// The checker is imported from its zip, at the path the browser writes it to
// (web/src/python-start.js): the snapshot's import system expects it there.
const HOME = "/home/pyodide/trainer";
const CHECKER_ZIP = `${HOME}/checker.zip`;

function importChecker(pyodide) {
  pyodide.FS.mkdirTree(HOME);
  pyodide.FS.writeFile(CHECKER_ZIP, new Uint8Array(readFileSync(values.checker)));
  const sys = pyodide.pyimport("sys");
  sys.path.insert(0, CHECKER_ZIP);
  // Under Node.js, Python's executable is this script, a path of the build machine that
  // pytest's report would show learners; a start in the browser has emscripten's own.
  sys.executable = "/home/pyodide/this.program";
  sys.destroy();
  return pyodide.pyimport("checker.bridge");
}

// 1. The standard library with the modules a start imports compiled (stdlib_pyc.py), by a
// Python that imported just those: its own start's and the checker's.
let stdLibURL; // Pyodide's own archive, unless one is made here
if (values.stdlib) {
  const compiler = await loadPyodide({ env: { HOME: "/home/pyodide", PYTHONNODEBUGRANGES: "1" } });
  importChecker(compiler).destroy();
  compiler.FS.writeFile("/tmp/stdlib_pyc.py", readFileSync(new URL("./stdlib_pyc.py", import.meta.url)));
  const sys = compiler.pyimport("sys");
  sys.path.insert(0, "/tmp");
  const stdlibPyc = compiler.pyimport("stdlib_pyc");
  const compiled = stdlibPyc.write(stdlibPyc.STDLIB_PREFIX.slice(0, -1), "/tmp/stdlib.zip");
  const archive = compiler.FS.readFile("/tmp/stdlib.zip");
  stdLibURL = join(mkdtempSync(join(tmpdir(), "trainer-stdlib-")), "python_stdlib.zip");
  writeFileSync(stdLibURL, archive);
  writeFileSync(values.stdlib, gzipSync(archive, { level: 9 }));
  console.log(`python stdlib: ${compiled} modules compiled, ${(archive.length / 2 ** 20).toFixed(1)} MB stored`);
}

// 2. The snapshot, by a Python that starts from that archive, as browsers will: the
// archive's table of contents is part of Python's memory.
const pyodide = await loadPyodide({ _makeSnapshot: true, ...(stdLibURL && { stdLibURL }) });
const bridge = importChecker(pyodide);
bridge.warm_up(); // the modules learners import most are part of the snapshot
bridge.destroy();
const snapshot = pyodide.makeMemorySnapshot();
writeFileSync(values.out, gzipSync(snapshot, { level: 9 }));
console.log(`python snapshot: ${(snapshot.length / 2 ** 20).toFixed(1)} MB, gzipped for the site`);
