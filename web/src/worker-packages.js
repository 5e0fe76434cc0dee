// Libraries for tasks that declare them (site_builder/packages): fetched once per worker,
// checked against the manifest's sha256, unpacked into site-packages.
const PACKAGES_URL = new URL("../packages/", import.meta.url).href;
const SUPPORT = "trainer-support"; // our helpers, loaded with any library

let manifest = null;
const unpacked = new Set();

function closure(names) {
  const order = [];
  const visit = (name) => {
    const entry = manifest[name];
    if (!entry) throw new Error(`unknown package ${name}`);
    if (order.includes(name)) return;
    entry.requires.forEach(visit);
    order.push(name);
  };
  names.forEach(visit);
  return order;
}

async function sha256(pyodide, bytes) {
  if (crypto.subtle) {
    const digest = await crypto.subtle.digest("SHA-256", bytes);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }
  // no SubtleCrypto on insecure origins (a classroom LAN over http): Python's hashlib
  const hashlib = pyodide.pyimport("hashlib");
  const data = pyodide.toPy(bytes);
  try {
    return hashlib.sha256(data).hexdigest();
  } finally {
    data.destroy();
    hashlib.destroy();
  }
}

async function download(url, onBytes) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.length);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

// Load `names` and what they need; returns {keep, preload}: the top-level modules of all
// of them (they stay imported between requests) and the modules to import before the
// program (the declared libraries and our helpers for them). `onProgress` hears bytes.
export async function loadPackages(pyodide, names, onProgress) {
  manifest ??= await fetch(`${PACKAGES_URL}packages.json`).then((response) => {
    if (!response.ok) throw new Error(`packages.json: HTTP ${response.status}`);
    return response.json();
  });
  const order = closure([...names, SUPPORT]);
  const missing = order.filter((name) => !unpacked.has(name));
  const total = missing.reduce((sum, name) => sum + manifest[name].size, 0);
  let loaded = 0;
  const archives = await Promise.all(
    missing.map(async (name) => {
      const entry = manifest[name];
      const bytes = await download(`${PACKAGES_URL}${entry.file}`, (n) => {
        loaded += n;
        onProgress({ what: names.join(", "), loaded, total });
      });
      if ((await sha256(pyodide, bytes)) !== entry.sha256) throw new Error(`${entry.file}: sha256 mismatch`);
      return [name, bytes];
    }),
  );
  const target = pyodide.pyimport("sysconfig").get_path("purelib");
  for (const [name, bytes] of archives) {
    pyodide.unpackArchive(bytes, "zip", { extractDir: target });
    unpacked.add(name);
  }
  if (archives.length) pyodide.pyimport("importlib").invalidate_caches();
  return {
    keep: order.flatMap((name) => manifest[name].imports),
    preload: names.flatMap((name) => manifest[name].preload),
  };
}
