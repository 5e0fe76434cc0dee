// Classroom mode. The class server (site_builder/classroom.py) marks every page it serves
// with <meta name="trainer-class" content="/__class__/">; only then does this module do
// anything, so a site on any other host makes no request at all.
//
// The learner enters a name once (kept in this browser, changeable). Each check's result
// (task, status, time, the checked code) is put into an outbox in localStorage and sent
// to the teacher's computer; it leaves the outbox only when the server has answered that
// it is stored. A restarted laptop or a dropped Wi-Fi loses nothing: the outbox is sent
// later, with growing pauses between tries.
import { el } from "./dom.js";
import { t } from "./strings.js";

const NAME_KEY = "trainer:v1:learner:name";
const ID_KEY = "trainer:v1:learner:id";
const OUTBOX_KEY = "trainer:v1:class:outbox";
const KNOWN_KEY = "trainer:v1:class:known"; // "<id>\n<name>" the server has stored

export const MAX_NAME = 80;
const MAX_CODE_BYTES = 64 * 1024; // the server refuses longer code
const MAX_BATCH_BYTES = 200 * 1024; // the server refuses bodies over 256 KB
const MAX_OUTBOX = 500;
const NOT_ATTEMPTS = new Set(["stopped", "internal_error"]);
const RETRY_MIN = 1000;
const RETRY_MAX = 30000; // the guide promises results within a minute of a restart

function load(key, fallback) {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

function save(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

// crypto.randomUUID exists only in secure contexts; a class on http://192.168.… is not one.
function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function cleanName(text) {
  return String(text ?? "")
    .replace(/[\p{Cc}\p{Cs}\p{Co}]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ")
    .slice(0, MAX_NAME);
}

export function learnerName() {
  const name = load(NAME_KEY, "");
  return typeof name === "string" ? name : "";
}

export function setLearnerName(name) {
  save(NAME_KEY, cleanName(name));
  flush();
}

function learnerId() {
  let id = load(ID_KEY, null);
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    id = randomId();
    save(ID_KEY, id);
  }
  return id;
}

// Someone else sits down at this computer: their results must not join the last learner's.
function switchLearner() {
  const oldId = learnerId();
  const oldName = learnerName();
  writeOutbox(readOutbox().map((item) => (item.learner === oldId && !item.name ? { ...item, name: oldName } : item)));
  save(ID_KEY, randomId());
  save(NAME_KEY, "");
}

export function classApi() {
  return document.querySelector('meta[name="trainer-class"]')?.getAttribute("content") || null;
}

function readOutbox() {
  const box = load(OUTBOX_KEY, []);
  return Array.isArray(box) ? box.filter((item) => item && typeof item.id === "string") : [];
}

// Storage is bounded: when it is full, the oldest results keep their status and lose code.
function writeOutbox(box) {
  const items = box.slice(-MAX_OUTBOX);
  for (let i = 0; !save(OUTBOX_KEY, items); i++) {
    if (i >= items.length) return false;
    if (items[i].code) items[i] = { ...items[i], code: t("class.codeDropped") };
  }
  return true;
}

function clipCode(code) {
  const text = String(code ?? "");
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= MAX_CODE_BYTES) return text;
  const head = new TextDecoder().decode(bytes.slice(0, MAX_CODE_BYTES - 256)).replace(/\uFFFD$/, "");
  return `${head}\n${t("class.codeClipped")}\n`;
}

function taskIdOf(event) {
  if (window.trainer?.taskId) return window.trainer.taskId;
  try {
    return JSON.parse(event.target.dataset.task).id;
  } catch {
    return null;
  }
}

function checkedCode() {
  const trainer = window.trainer;
  if (typeof trainer?.checkedCode === "function") return trainer.checkedCode() ?? "";
  return "";
}

function onVerdict(event) {
  const verdict = event.detail;
  if (!verdict || typeof verdict.status !== "string" || NOT_ATTEMPTS.has(verdict.status)) return;
  const task = taskIdOf(event);
  if (!task) return;
  const item = {
    id: randomId(),
    learner: learnerId(),
    name: learnerName() || null,
    task,
    status: verdict.status,
    time: Date.now(),
    code: clipCode(checkedCode()),
  };
  writeOutbox([...readOutbox(), item]);
  flush();
}

// -- sending

let sending = false;
let retryTimer = null;
let retryDelay = 0;
let state = "idle"; // idle | sending | waiting
let oneByOne = false; // after a refused batch: find the one result the server refuses

function setState(next) {
  state = next;
  renderStatus();
}

function scheduleRetry() {
  retryDelay = Math.min(RETRY_MAX, Math.max(RETRY_MIN, retryDelay * 2));
  clearTimeout(retryTimer);
  retryTimer = setTimeout(flush, retryDelay * (0.75 + Math.random() / 2));
  setState("waiting");
}

function nextBatch(box, currentId, currentName) {
  const first = box.find((item) => (item.learner === currentId ? currentName : item.name));
  if (!first) return null;
  const learner = first.learner;
  const name = learner === currentId ? currentName : first.name;
  const results = [];
  let size = 512;
  for (const item of box) {
    if (item.learner !== learner) continue;
    const result = { id: item.id, task: item.task, status: item.status, time: item.time, code: item.code };
    const bytes = new TextEncoder().encode(JSON.stringify(result)).length;
    if (results.length > 0 && (size + bytes > MAX_BATCH_BYTES || oneByOne)) break;
    results.push(result);
    size += bytes;
  }
  return { learner, name, results };
}

async function post(api, batch) {
  const body = JSON.stringify({ ...batch, now: Date.now() });
  try {
    const response = await fetch(`${api}results`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      cache: "no-store",
    });
    if (response.ok) return "stored";
    // A refusal the same request would get again (the server says why): not worth retrying.
    if ([400, 413, 415, 422].includes(response.status)) {
      const answer = await response.json().catch(() => ({}));
      console.warn("the class server refused results:", answer.error ?? response.status);
      return "refused";
    }
    return "retry"; // 5xx, 404 from a plain server, 429 …
  } catch {
    return "retry"; // the teacher's computer is off or out of reach
  }
}

export async function flush() {
  const api = classApi();
  if (!api || sending) return;
  sending = true;
  clearTimeout(retryTimer);
  try {
    // bounded: a browser whose storage cannot be written must not send the same forever
    for (let round = 0; ; round++) {
      if (round === 50) {
        scheduleRetry();
        return;
      }
      const currentId = learnerId();
      const currentName = learnerName();
      const box = readOutbox();
      let batch = nextBatch(box, currentId, currentName);
      const known = load(KNOWN_KEY, "");
      if (!batch && currentName && known !== `${currentId}\n${currentName}`) {
        batch = { learner: currentId, name: currentName, results: [] }; // say who is here
      }
      if (!batch) break;
      setState("sending");
      const outcome = await post(api, batch);
      if (outcome === "retry") {
        scheduleRetry();
        return;
      }
      retryDelay = 0;
      if (outcome === "refused" && batch.results.length > 1) {
        oneByOne = true;
        continue;
      }
      if (outcome === "refused" && batch.results.length === 0) {
        save(KNOWN_KEY, `${currentId}\n${currentName}`); // a name the server cannot take
      }
      if (batch.results.length <= 1) oneByOne = false;
      const done = new Set(batch.results.map((result) => result.id));
      writeOutbox(readOutbox().filter((item) => !done.has(item.id)));
      if (outcome === "stored" && batch.learner === currentId && batch.name === currentName) {
        save(KNOWN_KEY, `${currentId}\n${currentName}`);
      }
    }
    setState("idle");
  } finally {
    sending = false;
  }
}

// -- the bar on every page: who am I, and did my results reach the teacher

let editing = false;

function pendingCount() {
  return readOutbox().length;
}

function renderStatus() {
  const status = document.querySelector("[data-class-status]");
  if (!status) return;
  const pending = pendingCount();
  let text;
  if (!learnerName()) text = pending ? t("class.pending", { n: pending }) : "";
  else if (state === "sending") text = t("class.sending");
  else if (pending) text = t("class.pending", { n: pending });
  else text = t("class.sent");
  status.textContent = text;
  status.dataset.state = pending ? "pending" : "sent";
}

function nameForm(bar, initial) {
  const input = el("input", {
    type: "text",
    class: "trainer-class__input",
    name: "name",
    maxlength: MAX_NAME,
    autocomplete: "name",
    required: true,
    value: initial,
    "aria-label": t("class.name.label"),
    placeholder: t("class.name.label"),
  });
  const problem = el("span", { class: "trainer-class__problem", role: "alert" });
  const form = el(
    "form",
    { class: "trainer-class__form" },
    input,
    el("button", { type: "submit", class: "md-button md-button--primary" }, t("class.name.save")),
  );
  if (initial) {
    const cancel = el("button", { type: "button", class: "md-button" }, t("class.cancel"));
    cancel.addEventListener("click", () => {
      editing = false;
      renderBar(bar);
    });
    form.append(cancel);
  }
  form.append(problem);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const name = cleanName(input.value);
    if (!name) {
      problem.textContent = t("class.name.empty");
      input.focus();
      return;
    }
    editing = false;
    setLearnerName(name);
    renderBar(bar);
  });
  return { form, input };
}

function renderBar(bar) {
  const name = learnerName();
  const status = el("span", { class: "trainer-class__status", role: "status", "data-class-status": "" });
  if (!name || editing) {
    const { form, input } = nameForm(bar, name);
    bar.replaceChildren(el("p", { class: "trainer-class__prompt" }, t("class.prompt")), form, status);
    if (editing) input.focus();
  } else {
    const rename = el(
      "button",
      { type: "button", class: "trainer__link-button", "data-action": "rename" },
      t("class.rename"),
    );
    rename.addEventListener("click", () => {
      editing = true;
      renderBar(bar);
    });
    const notMe = el(
      "button",
      { type: "button", class: "trainer__link-button", "data-action": "not-me" },
      t("class.notMe"),
    );
    notMe.addEventListener("click", () => {
      switchLearner();
      renderBar(bar);
      bar.querySelector("input")?.focus();
    });
    bar.replaceChildren(
      el("p", { class: "trainer-class__who" }, t("class.as", { name }), " ", status, " ", rename, " ", notMe),
    );
  }
  renderStatus();
}

// Called on every page (instant navigation replaces the content, and the bar with it).
export function mountClassBar() {
  if (!classApi() || document.querySelector("[data-teacher]")) return;
  const content = document.querySelector(".md-content__inner") ?? document.querySelector("main") ?? document.body;
  let bar = content.querySelector(":scope > [data-class-bar]");
  if (!bar) {
    bar = el("div", { class: "trainer-class", "data-class-bar": "", role: "region", "aria-label": t("class.region") });
    content.prepend(bar);
  }
  renderBar(bar);
}

let started = false;

// Once per visit: listen to verdicts and send what an earlier visit left in the outbox.
export function startClassroom() {
  if (started || !classApi()) return;
  started = true;
  document.addEventListener("trainer:verdict", onVerdict);
  window.addEventListener("online", () => flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state === "waiting") flush();
  });
  window.addEventListener("storage", (event) => {
    if (event.key === OUTBOX_KEY || event.key === NAME_KEY) renderStatus();
  });
  flush();
}
