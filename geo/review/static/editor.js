// The form for the current event: type, sub-type, date (with the publication date), place (gazetteer
// search or a dropped point), numbers, actors, mission, note. Every change is one call of onChange.

import { getJSON } from "./api.js";
import { el, clear } from "./dom.js";
import { effective } from "./model.js";

function field(label, input, hint = null) {
  return el("label", { class: "field" }, el("span", { class: "label", text: label }), input, hint);
}

function orNull(value) {
  const text = value.trim();
  return text === "" ? null : text;
}

function count(value) {
  const text = value.trim();
  if (text === "") {
    return null;
  }
  const number = Number(text);
  return Number.isInteger(number) && number >= 0 ? number : NaN;
}

export function placeText(props) {
  if (!props.gazetteer_id) {
    return "no place yet";
  }
  const where = props.lat === null || props.lat === undefined ? "" : ` (${props.lat.toFixed(4)}, ${props.lon.toFixed(4)})`;
  return `${props.place} · ${props.gazetteer_id} · ${props.feature_class} · ${props.country || "no country"} · precision ${props.geo_precision}${where}`;
}

export function renderEditor(form, ctx) {
  const { item, article, vocab, onChange } = ctx;
  clear(form);
  if (!item) {
    form.append(el("p", { class: "empty", text: "No event in this article: select words in the text to add one." }));
    return;
  }
  const props = effective(item);
  const change = (name, value) => onChange(name, value);
  const typeSelect = el("select", { name: "event_type", onchange: (e) => change("event_type", e.target.value) });
  if (!props.event_type) {
    typeSelect.append(el("option", { value: "", text: "choose a type" }));
  }
  for (const type of vocab.event_types) {
    typeSelect.append(el("option", { value: type, text: vocab.labels[type], selected: type === props.event_type }));
  }
  const dateCheck = el("span", { class: "hint", id: "date-check" });
  const dateInput = el("input", {
    name: "date", value: props.date || "", placeholder: "EDTF: 2023-07-12, 2023-07, 2023-07-10/2023-07-16",
    onchange: (e) => change("date", orNull(e.target.value)),
    oninput: (e) => checkDate(e.target.value, dateCheck),
  });
  checkDate(props.date || "", dateCheck);
  const published = el("span", { class: "hint", text: `published ${article.published || "unknown"}` });
  const number = (name) => el("input", {
    name, type: "number", min: "0", step: "1", value: props[name] ?? "",
    onchange: (e) => change(name, count(e.target.value)),
  });
  const missions = el("datalist", { id: "missions" }, ...vocab.missions.map((m) => el("option", { value: m })));
  const actors = el("datalist", { id: "actor-names" }, ...vocab.actors.map((a) => el("option", { value: a })));
  const results = el("ul", { class: "place-results", id: "place-results" });
  const search = el("input", {
    name: "place_search", type: "search", placeholder: "search the gazetteer", value: "",
    onkeydown: (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        searchPlaces(e.target.value, results, (place) => change("place", place));
      }
    },
  });
  const searchButton = el("button", {
    type: "button", text: "Search",
    onclick: () => searchPlaces(search.value, results, (place) => change("place", place)),
  });
  const mentions = (item.set.mentions || item.mentions).map(([s, e]) => Array.from(article.text).slice(s, e).join("")).join(" · ");
  form.append(
    el("h3", { text: `${item.origin === "added" ? "Added event" : "Event"} · ${props.name || "(no name)"}` }),
    el("p", { class: "decision", text: `decision: ${item.action || "none yet"}` }),
    el("p", { class: "evidence", text: `evidence: ${mentions}` }),
    field("Type", typeSelect),
    field("Sub-type", el("input", {
      name: "sub_event_type", value: props.sub_event_type || "", placeholder: "snake_case, e.g. drone_strike",
      onchange: (e) => change("sub_event_type", orNull(e.target.value)),
    })),
    field("Date", dateInput, el("span", { class: "hints" }, published, " ", dateCheck)),
    field("Name as written", el("input", {
      name: "name", value: props.name || "", onchange: (e) => change("name", orNull(e.target.value)),
    })),
    el("div", { class: "field place" },
      el("span", { class: "label", text: "Place" }),
      el("span", { class: "place-now", id: "place-now", text: placeText(props) }),
      el("span", { class: "place-search" }, search, searchButton),
      results),
    field("Troops", number("troops")),
    field("Fatalities", number("fatalities")),
    field("Actors", el("input", {
      name: "actors", value: (props.actors || []).join(", "), list: "actor-names", placeholder: "comma-separated",
      onchange: (e) => change("actors", e.target.value.split(",").map((a) => a.trim()).filter(Boolean)),
    })),
    field("Mission", el("input", {
      name: "mission", value: props.mission || "", list: "missions",
      onchange: (e) => change("mission", orNull(e.target.value)),
    })),
    field("Note", el("textarea", {
      name: "notes", rows: "2", onchange: (e) => change("notes", orNull(e.target.value)),
    }, props.notes || "")),
    missions,
    actors,
  );
}

const checked = new Map();

async function checkDate(value, target) {
  if (!value.trim()) {
    target.textContent = "";
    return;
  }
  if (!checked.has(value)) {
    checked.set(value, await getJSON("api/date", { value }));
  }
  const answer = checked.get(value);
  target.classList.toggle("bad", !answer.ok);
  target.textContent = answer.ok
    ? `· reads ${answer.start || "open"} … ${answer.end || "open"} (${answer.precision})`
    : answer.error;
}

async function searchPlaces(query, results, choose) {
  clear(results);
  if (!query.trim()) {
    return;
  }
  const found = await getJSON("api/places", { q: query });
  if (!Array.isArray(found)) {
    results.append(el("li", { class: "bad", text: found.error || "search failed" }));
    return;
  }
  if (!found.length) {
    results.append(el("li", { text: `nothing matches ${query}` }));
  }
  found.forEach((place, i) => {
    const label = `${place.place} · ${place.feature_class} · ${place.country || "-"} · ${place.gazetteer_id}`;
    results.append(el("li", {}, el("button", {
      type: "button", class: "place-choice", text: label, dataset: { index: String(i) },
      onclick: () => choose({
        place: place.place, gazetteer_id: place.gazetteer_id, feature_class: place.feature_class,
        country: place.country, geo_precision: place.geo_precision, lon: place.lon, lat: place.lat,
      }),
    })));
  });
}
