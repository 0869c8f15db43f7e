// The review page: loads the session, shows one article at a time, and drives review by keyboard.

import { getJSON, postJSON } from "./api.js";
import { $, el, clear } from "./dom.js";
import { renderEditor, placeText } from "./editor.js";
import { MapView } from "./mapview.js";
import {
  History, accept, addedItem, decisionsOf, effective, isDecided, makeItems, missing, progress, reject, setField,
} from "./model.js";
import { renderText, selectionSpan, spanText } from "./textview.js";

const ui = { articles: [], index: 0, current: null, vocab: null, history: new History(), added: 0, dirty: false, rendering: false };

function article() {
  return ui.articles[ui.index];
}

// The article's events in text order (by first mention), rejected ones included, removed added ones not.
function visibleItems() {
  return article().items.filter((item) => item.action !== "removed")
    .map((item, i) => [item, i])
    .sort(([a, i], [b, j]) => a.mentions[0][0] - b.mentions[0][0] || a.mentions[0][1] - b.mentions[0][1] || i - j)
    .map(([item]) => item);
}

function currentItem() {
  return visibleItems().find((item) => item.key === ui.current) || null;
}

function status(text, bad = false) {
  const node = $("status");
  node.textContent = text;
  node.classList.toggle("bad", bad);
}

function typeLabel(type) {
  return type ? ui.vocab.labels[type] || type : "no type";
}

function render() {
  if (ui.rendering) {
    return;  // a field losing focus while the form is rebuilt: its change is already applied
  }
  ui.rendering = true;
  try {
    draw();
  } finally {
    ui.rendering = false;
  }
}

function draw() {
  const art = article();
  const open = visibleItems().filter((item) => !isDecided(item)).length;
  $("article-position").textContent = `article ${ui.index + 1} of ${ui.articles.length} (${open} pending)`;
  $("article-title").textContent = art.title || art.id;
  $("article-meta").textContent = [art.id, art.publisher, art.published ? `published ${art.published}` : null]
    .filter(Boolean).join(" · ");
  const items = visibleItems();
  const marks = [];
  for (const item of items) {
    const props = effective(item);
    for (const mention of props.mentions) {
      marks.push({
        start: mention.start, end: mention.end, key: item.key, type: props.event_type,
        current: item.key === ui.current, label: `${typeLabel(props.event_type)}: ${props.place || "?"}`,
      });
    }
  }
  renderText($("article-text"), art.text, marks, ui.vocab.colors, pick);
  const list = clear($("event-list"));
  for (const item of items) {
    const props = effective(item);
    const swatch = el("span", { class: "swatch" });
    swatch.style.setProperty("--type-color", ui.vocab.colors[props.event_type] || "#999");
    const lacking = missing(item);
    list.append(el("li", {
      class: ["event", item.key === ui.current ? "current" : "", item.action || "pending"].join(" ").trim(),
      dataset: { key: item.key },
      onclick: () => pick(item.key),
    },
    swatch,
    el("span", { class: "what", text: `${typeLabel(props.event_type)} · ${props.date || "no date"}` }),
    el("span", { class: "where", text: placeText(props) }),
    el("span", { class: "state", text: lacking.length ? `needs ${lacking.join(", ")}` : item.action || "pending" })));
  }
  const shown = list.querySelector("li.current");
  if (shown) {
    shown.scrollIntoView({ block: "nearest" });
  }
  renderEditor($("editor"), { item: currentItem(), article: art, vocab: ui.vocab, onChange: change });
  ui.map.show(items.map((item) => {
    const props = effective(item);
    return {
      key: item.key, lon: props.lon, lat: props.lat, type: props.event_type, rejected: item.action === "reject",
      label: `${typeLabel(props.event_type)}: ${props.place || "?"}`,
    };
  }), ui.current);
  const { done, total } = progress(ui.articles);
  $("progress-bar").max = Math.max(total, 1);
  $("progress-bar").value = done;
  $("progress-text").textContent = `${done} of ${total} events reviewed`;
}

function pick(key) {
  ui.current = key;
  render();
}

function remember() {
  ui.history.remember(article(), ui.current);
  ui.dirty = true;
}

function change(name, value) {
  const item = currentItem();
  if (!item) {
    return;
  }
  if (Number.isNaN(value)) {
    status(`${name} must be a whole number of at least 0`, true);
    return;
  }
  if (ui.rendering || JSON.stringify(effective(item)[name] ?? null) === JSON.stringify(value)) {
    return;
  }
  remember();
  setField(item, name, value);
  render();
}

function move(step) {
  const items = visibleItems();
  const at = items.findIndex((item) => item.key === ui.current);
  const next = at + step;
  if (next >= 0 && next < items.length) {
    pick(items[next].key);
  } else if (step > 0 && ui.index + 1 < ui.articles.length) {
    goArticle(ui.index + 1, "first");
  } else if (step < 0 && ui.index > 0) {
    goArticle(ui.index - 1, "last");
  } else {
    render();
    status(step > 0 ? "last event of the batch" : "first event of the batch");
  }
}

function goArticle(index, where = "first") {
  ui.index = Math.max(0, Math.min(ui.articles.length - 1, index));
  const items = visibleItems();
  const target = where === "last" ? items[items.length - 1] : items.find((i) => !isDecided(i)) || items[0];
  ui.current = target ? target.key : null;
  render();
}

// The next event without a decision, in batch order after the current one (wrapping around).
function nextPending() {
  const order = [];
  ui.articles.forEach((art, index) => {
    const saved = ui.index;
    ui.index = index;
    for (const item of visibleItems()) {
      order.push([index, item]);
    }
    ui.index = saved;
  });
  const at = order.findIndex(([index, item]) => index === ui.index && item.key === ui.current);
  const rest = [...order.slice(at + 1), ...order.slice(0, at + 1)];
  const found = rest.find(([, item]) => !isDecided(item));
  if (!found) {
    status("every event has a decision");
    return;
  }
  ui.index = found[0];
  pick(found[1].key);
}

function decide(how) {
  const item = currentItem();
  if (!item) {
    return;
  }
  remember();
  how(item);
  if (item.action === "removed") {
    ui.current = null;
    render();
    return;
  }
  move(1);
}

function undo() {
  const last = ui.history.undo();
  if (!last) {
    status("nothing to undo");
    return;
  }
  ui.index = ui.articles.indexOf(last.article);
  ui.current = last.current;
  render();
  status("undone");
}

function addFromSelection() {
  const art = article();
  const span = selectionSpan($("article-text"), art.text);
  if (!span) {
    status("select words in the article text first", true);
    return;
  }
  remember();
  ui.added += 1;
  const item = addedItem(`n${ui.added}`, [span], { name: spanText(art.text, span), date: art.published || null });
  art.items.push(item);
  window.getSelection().removeAllRanges();
  pick(item.key);
  const search = document.querySelector("[name=place_search]");
  search.value = item.set.name;
  search.focus();
}

function linkSelection() {
  const item = currentItem();
  const art = article();
  const span = selectionSpan($("article-text"), art.text);
  if (!item || !span) {
    status("select words in the article text and an event first", true);
    return;
  }
  remember();
  const spans = [...(item.set.mentions || item.mentions), span];
  const unique = [...new Map(spans.map((s) => [s.join(":"), s])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  setField(item, "mentions", unique);
  window.getSelection().removeAllRanges();
  render();
}

async function drop(lon, lat) {
  const item = currentItem();
  if (!item) {
    status("choose an event before dropping a point", true);
    return;
  }
  const props = effective(item);
  const precision = $("drop-precision").value;
  const place = await getJSON("api/point", { lon, lat, precision, name: props.name || "" });
  if (place.error) {
    status(place.error, true);
    return;
  }
  setDropping(false);
  change("place", place);
}

function setDropping(on) {
  $("drop-point").setAttribute("aria-pressed", String(on));
  ui.map.setDropping(on);
}

async function save() {
  const incomplete = ui.articles.flatMap((art) => art.items.filter((item) => missing(item).length)
    .map((item) => `${art.id}: ${item.set.name || item.key} needs ${missing(item).join(", ")}`));
  if (incomplete.length) {
    status(`not saved: ${incomplete.join("; ")}`, true);
    return;
  }
  status("saving…");
  const answer = await postJSON("api/save", { articles: ui.articles.map(decisionsOf) });
  if (!answer.ok) {
    status(`not saved: ${answer.error}`, true);
    return;
  }
  ui.dirty = false;
  status(`saved ${answer.features} events to ${answer.events} (${answer.pending} not reviewed) and decisions to ${answer.decisions}`);
}

const KEYS = {
  j: () => move(1),
  k: () => move(-1),
  a: () => decide(accept),
  r: () => decide(reject),
  u: () => undo(),
  n: () => goArticle(ui.index + 1),
  p: () => goArticle(ui.index - 1),
  e: () => addFromSelection(),
  g: () => nextPending(),
  l: () => linkSelection(),
  s: () => save(),
};

function onKey(event) {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) {
    if (event.key === "Escape") {
      target.blur();
    }
    return;
  }
  const action = KEYS[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
}

function selectionChanged() {
  const has = selectionSpan($("article-text"), article().text) !== null;
  $("add-from-selection").disabled = !has;
  $("link-selection").disabled = !has || !currentItem();
}

async function start() {
  const state = await getJSON("api/state");
  if (state.error) {
    status(`cannot load the review: ${state.error}`, true);
    return;
  }
  ui.vocab = state.vocab;
  ui.articles = state.articles.map((art) => ({ ...art, items: makeItems(art) }));
  ui.map = new MapView($("map"), ui.vocab.colors, pick, drop);
  if (!ui.articles.length) {
    status("no article of the events was given with --articles", true);
    return;
  }
  if (state.unreviewable) {
    status(`${state.unreviewable} events cite articles not given with --articles; they are kept as they are`);
  }
  document.addEventListener("keydown", onKey);
  document.addEventListener("selectionchange", selectionChanged);
  $("prev-article").addEventListener("click", () => goArticle(ui.index - 1));
  $("next-article").addEventListener("click", () => goArticle(ui.index + 1));
  $("save").addEventListener("click", save);
  $("add-from-selection").addEventListener("click", addFromSelection);
  $("link-selection").addEventListener("click", linkSelection);
  $("drop-point").addEventListener("click", () => setDropping($("drop-point").getAttribute("aria-pressed") !== "true"));
  window.addEventListener("beforeunload", (event) => {
    if (ui.dirty) {
      event.preventDefault();
    }
  });
  document.body.dataset.ready = "true";
  goArticle(0);
}

window.addEventListener("load", start);
