// Learner progress in localStorage, keyed by the task's stable id (never by URL or title,
// so renaming a file or editing a statement loses nothing). Storage can be unavailable
// (private mode, quota): then nothing breaks, what could not be stored is kept in memory
// for as long as the page lives (and goes into an exported file), and the page hears of
// it once ("trainer:storage-failed" on window) so that it can tell the learner.
//
// Per task: {draft, solved, checks, failedChecks, hintsShown, solutionShown, updated}.
const PREFIX = "trainer:v1:task:";
export const EXPORT_FORMAT = "python-trainer-progress";
const EXPORT_VERSION = 1;

const DEFAULTS = Object.freeze({
  draft: null,
  solved: false,
  checks: 0,
  failedChecks: 0,
  hintsShown: 0,
  solutionShown: false,
  updated: 0,
});

const unsaved = new Map(); // key -> state the storage refused: this page still has it

function read(key) {
  if (unsaved.has(key)) return unsaved.get(key);
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

let failureReported = false;

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    unsaved.delete(key);
    return true;
  } catch {
    unsaved.set(key, value);
    if (!failureReported) {
      failureReported = true;
      window.dispatchEvent(new CustomEvent("trainer:storage-failed"));
    }
    return false;
  }
}

// Another tab changed this task's state: fn(newState). Returns unsubscribe.
export function onTaskChangedElsewhere(taskId, fn) {
  const listener = (event) => {
    if (event.key === PREFIX + taskId) fn(taskState(taskId));
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

// Another tab changed the progress of any task (or cleared it all): fn(). Returns unsubscribe.
export function onProgressChangedElsewhere(fn) {
  const listener = (event) => {
    if (event.key === null || event.key.startsWith(PREFIX)) fn();
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

export function taskState(taskId) {
  return { ...DEFAULTS, ...(read(PREFIX + taskId) ?? {}) };
}

export function updateTask(taskId, changes) {
  const state = { ...taskState(taskId), ...changes, updated: Date.now() };
  write(PREFIX + taskId, state);
  return state;
}

function storedIds() {
  const ids = [...unsaved.keys()].map((key) => key.slice(PREFIX.length));
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX) && !unsaved.has(key)) ids.push(key.slice(PREFIX.length));
    }
  } catch {
    // no storage: no progress
  }
  return ids;
}

export function resetTask(taskId) {
  unsaved.delete(PREFIX + taskId);
  try {
    localStorage.removeItem(PREFIX + taskId);
  } catch {
    // nothing stored
  }
}

export function resetAll() {
  for (const id of storedIds()) resetTask(id);
}

// `learner`: the name the learner gave for the teacher (the teacher's page shows it).
export function exportProgress(courseTitle, learner = "") {
  const tasks = {};
  for (const id of storedIds()) tasks[id] = taskState(id);
  const data = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    course: courseTitle,
    exported: new Date().toISOString(),
    tasks,
  };
  return learner ? { ...data, learner } : data;
}

const FIELD_TYPES = {
  draft: ["string", "null"],
  solved: ["boolean"],
  checks: ["number"],
  failedChecks: ["number"],
  hintsShown: ["number"],
  solutionShown: ["boolean"],
  updated: ["number"],
};

function validEntry(entry) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
  return Object.entries(entry).every(([field, value]) => {
    if (!Object.hasOwn(FIELD_TYPES, field)) return true; // a newer version's field: harmless
    const types = FIELD_TYPES[field];
    return types.includes(value === null ? "null" : typeof value);
  });
}

// An export file larger than this is not a progress file (thousands of long drafts fit).
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

// JSON.parse for files from elsewhere: keys that could reach object prototypes are dropped.
export function parseUntrusted(text) {
  return JSON.parse(text, (key, value) => (key === "__proto__" || key === "constructor" ? undefined : value));
}

// Check a parsed export file. Returns {ok: true, tasks} or {ok: false, reason} where
// reason is a key of the UI catalogue. Nothing is written here.
export function validateImport(data, knownIds) {
  if (typeof data !== "object" || data === null || data.format !== EXPORT_FORMAT) {
    return { ok: false, reason: "progress.import.foreign" };
  }
  if (data.version !== EXPORT_VERSION || typeof data.tasks !== "object" || data.tasks === null) {
    return { ok: false, reason: "progress.import.invalid" };
  }
  const entries = Object.entries(data.tasks);
  if (!entries.every(([id, entry]) => typeof id === "string" && validEntry(entry))) {
    return { ok: false, reason: "progress.import.invalid" };
  }
  const known = entries.filter(([id]) => knownIds.has(id));
  if (known.length === 0) return { ok: false, reason: "progress.import.otherCourse" };
  return { ok: true, tasks: Object.fromEntries(known) };
}

// Write validated tasks: each imported task replaces this browser's state of that task.
// All of them or none: if storage refuses one, the ones written are put back as they were.
// Returns {ok, tasks, solved} (how many tasks were stored, how many of them solved).
export function applyImport(tasks) {
  const before = [];
  try {
    for (const [id, entry] of Object.entries(tasks)) {
      before.push([PREFIX + id, localStorage.getItem(PREFIX + id)]);
      localStorage.setItem(PREFIX + id, JSON.stringify({ ...DEFAULTS, ...entry }));
    }
  } catch {
    for (const [key, old] of before.reverse()) {
      try {
        if (old === null) localStorage.removeItem(key);
        else localStorage.setItem(key, old);
      } catch {
        // nothing more can be done: the storage refuses even this
      }
    }
    return { ok: false, tasks: 0, solved: 0 };
  }
  for (const id of Object.keys(tasks)) unsaved.delete(PREFIX + id);
  const entries = Object.values(tasks);
  return { ok: true, tasks: entries.length, solved: entries.filter((entry) => entry.solved === true).length };
}
