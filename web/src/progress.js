// Learner progress in localStorage, keyed by the task's stable id (never by URL or title).
// Storage can be unavailable (private mode, quota): then nothing is saved, nothing breaks.
const PREFIX = "trainer:v1:";

function read(key) {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function taskState(taskId) {
  return { draft: null, solved: false, checks: 0, ...(read(`task:${taskId}`) ?? {}) };
}

export function updateTask(taskId, changes) {
  const state = { ...taskState(taskId), ...changes, updated: Date.now() };
  write(`task:${taskId}`, state);
  return state;
}
