/* geo map texts: the plain-text parts of popups, tooltips and cluster labels.
 *
 * Pure (no DOM, no Leaflet): every function returns a string built from feature properties and
 * the configured styles; popup.js and clusterview.js put the strings into the page with
 * textContent.
 */
import { styleOf, styles } from "./styles.js";

// A property value as text: "" for null, arrays joined with ", ", objects as JSON.
export function str(value) {
  if (value === null || value === undefined) {
    return "";
  }
  if (Array.isArray(value)) {
    return value.map(str).filter(function (s) { return s !== ""; }).join(", ");
  }
  if (typeof value === "object") {
    return JSON.stringify(value);
  }
  return String(value);
}

// The event type's label, with its sub-type: "Air strike (drone strike)".
export function typeLabel(props) {
  const style = styleOf(props);
  const label = style === styles().unknown && str(props.event_type) !== "" ? str(props.event_type) : style.label;
  const sub = str(props.sub_event_type);
  return sub !== "" ? label + " (" + sub.replace(/_/g, " ") + ")" : label;
}

export function placeOf(props) {
  return str(props.place) || str(props.name) || "Unnamed place";
}

// `value` as an absolute http(s) URL, or null for anything else.
export function safeUrl(value) {
  if (typeof value !== "string") {
    return null;
  }
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) {
    return null;
  }
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// EDTF's unknown date (docs/schema.md), shown in words.
export const UNKNOWN_DATE = "XXXX";

// The date as a reader takes it: the EDTF date, or "unknown date" for XXXX.
export function shownDate(props) {
  const date = str(props.date);
  return date === UNKNOWN_DATE ? "unknown date" : date;
}

export function dateText(props) {
  const date = shownDate(props);
  if (date === "") {
    return "";
  }
  const precision = str(props.time_precision);
  return precision !== "" && date !== "unknown date" ? date + " (" + precision + ")" : date;
}

export function numberText(value) {
  return typeof value === "number" && isFinite(value) ? value.toLocaleString("en") : str(value);
}

// The tooltip (and marker label): "Place — Type, date".
export function tooltipText(props) {
  const text = placeOf(props) + " — " + typeLabel(props);
  const date = shownDate(props);
  return date !== "" ? text + ", " + date : text;
}

// A count in at most four characters: 999, 1.2k, 12k, 1.2M.
export function shortCount(n) {
  if (n >= 1000000) {
    return (Math.round(n / 100000) / 10) + "M";
  }
  if (n >= 10000) {
    return Math.round(n / 1000) + "k";
  }
  if (n >= 1000) {
    return (Math.round(n / 100) / 10) + "k";
  }
  return String(n);
}

// The label of a cluster: "12 events: 7 Air strike, 5 Base" and, when `sums` holds any,
// "; 30 fatalities, 200 troops".
export function countLabel(counts, total, sums) {
  var text = total.toLocaleString("en") + " events: " + counts.map(function (e) {
    return e.n.toLocaleString("en") + " " + (e.label || typeLabel(e.props));
  }).join(", ");
  var totals = totalsText(sums);
  return totals !== "" ? text + "; " + totals : text;
}

// "30 fatalities, 200 troops" from { fatalities: 30, troops: 200 } ("" when none is positive).
export function totalsText(sums) {
  return ["fatalities", "troops"].filter(function (name) {
    return sums && sums[name] > 0;
  }).map(function (name) {
    return Math.round(sums[name]).toLocaleString("en") + " " + name;
  }).join(", ");
}

// How precise the event's point is, from geo_precision: "" when unknown.
export function precisionText(props) {
  const texts = { 1: "at the site", 2: "to the town or city", 3: "to the region only", 4: "to the country or sea only" };
  const p = props.geo_precision;
  return typeof p === "number" && Object.prototype.hasOwnProperty.call(texts, p) ? texts[p] : "";
}
