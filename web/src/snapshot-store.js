// Where a worker keeps Python's memory snapshot between visits: IndexedDB, unpacked (31 MB:
// unpacking a gzipped copy cost a third of every start from it, ≈ 0.3 s). Unlike
// the Cache API, IndexedDB exists on insecure origins too (a classroom LAN over http://).
// One entry only, under a key naming the Pyodide build and the checker, so an update
// never reuses an old snapshot. Any failure means no snapshot, never an error.
const DATABASE = "trainer-python";
const STORE = "snapshot";

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transaction(db, mode, work) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(result.result);
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

export async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// The snapshot for `key`, or null.
export async function readSnapshot(key) {
  try {
    const db = await open();
    const stored = await transaction(db, "readonly", (store) => store.get(key));
    db.close();
    return stored instanceof Uint8Array ? stored : null;
  } catch {
    return null; // no IndexedDB (a private window may refuse it) or a damaged entry
  }
}

// Keep `snapshot` as the one snapshot; true when it was stored.
export async function saveSnapshot(key, snapshot) {
  try {
    const db = await open();
    await transaction(db, "readwrite", (store) => {
      store.clear();
      return store.put(snapshot, key);
    });
    db.close();
    return true;
  } catch (error) {
    console.warn("Python's snapshot was not stored:", error); // the next start is simply slower
    return false;
  }
}
