// Where a worker keeps Python's memory snapshot between visits: IndexedDB, unpacked (31 MB:
// unpacking a gzipped copy cost a third of every start from it, ≈ 0.3 s), as a Blob
// (read back in ≈ 40 ms, where a stored Uint8Array took ≈ 140 ms to deserialize). Unlike
// the Cache API, IndexedDB exists on insecure origins too (a classroom LAN over http://).
// One entry only, under a key naming the Pyodide build, the checker and the standard
// library, so an update never reuses an old snapshot. The standard library the snapshot was made with is kept
// beside it, unpacked too (10 MB: unpacking its download cost each start ≈ 0.1 s). Any
// failure means no snapshot, never an error.
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

// Unpack a gzipped stream as it arrives.
export async function gunzip(stream) {
  return new Uint8Array(await new Response(stream.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
}

// The snapshot for `key`: {exists, bytes, stdlib}. `exists` answers at once whether one
// is stored (a key lookup), `bytes` brings it, or null; `stdlib` its standard library (a
// Blob), or null.
export function readSnapshot(key) {
  let answer = null;
  const exists = new Promise((resolve) => {
    answer = resolve;
  });
  const entry = (async () => {
    const db = await open();
    try {
      return await transaction(db, "readonly", (store) => {
        const found = store.getKey(key);
        found.onsuccess = () => answer(found.result !== undefined);
        return store.get(key);
      });
    } finally {
      db.close();
    }
  })().catch(() => null); // no IndexedDB (a private window may refuse it) or a damaged entry
  const bytes = entry
    .then(async (stored) =>
      stored?.snapshot instanceof Blob ? new Uint8Array(await stored.snapshot.arrayBuffer()) : null,
    )
    .catch(() => null);
  bytes.then((stored) => answer(stored !== null)); // the lookup never answered
  const stdlib = entry.then((stored) => (stored?.stdlib instanceof Blob ? stored.stdlib : null));
  return { exists, bytes, stdlib };
}

// Keep `snapshot` (bytes or a Blob) as the one snapshot, with the standard library it was
// made with (or null: Pyodide's own); true when it was stored. The bytes are copied at
// once: the caller may hand them to Python right after.
export async function saveSnapshot(key, snapshot, stdlib) {
  const entry = { snapshot: new Blob([snapshot]), stdlib: stdlib ? new Blob([stdlib]) : null };
  try {
    const db = await open();
    await transaction(db, "readwrite", (store) => {
      store.clear();
      return store.put(entry, key);
    });
    db.close();
    return true;
  } catch (error) {
    console.warn("Python's snapshot was not stored:", error); // the next start is simply slower
    return false;
  }
}
