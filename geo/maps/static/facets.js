/* geo map facets: the options of the in-page filters (type, sub-type, actor, country, precision,
 * confidence) built from a decoded table's dictionary-encoded fields.
 *
 * Pure (no DOM, no Leaflet). A facet has options (labels with their event counts, most frequent
 * first) and, for every value code of its field, the options that value belongs to: one for a
 * plain value, one per item for a list (actors), a range for a confidence. allowedCodes turns the
 * checked options back into one flag per value code (a row passes when any of its options is
 * checked).
 */
import { str } from "./text.js";

// The fields offered as filters, with their headings; the mission has a control of its own.
export const FACET_FIELDS = [
  ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actors", "Actor"], ["country", "Country"],
  ["geo_precision", "Located"], ["confidence", "Confidence"]
];
// At most this many options per facet; the rarer values share one "Other" option.
export const MAX_OPTIONS = 40;

var PRECISION = { 1: "at a site", 2: "in a town or city", 3: "in a region only", 4: "in a country or sea only" };

function confidenceLabel(v) {
  if (typeof v !== "number" || !isFinite(v)) {
    return null;
  }
  return v >= 0.9 ? "0.9 or more" : v >= 0.7 ? "0.7 to 0.9" : v >= 0.5 ? "0.5 to 0.7" : "under 0.5";
}

// The option labels of one value of field `name` (labelOf gives an event type's label).
function labelsOf(name, v, labelOf) {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) {
    return ["(none)"];
  }
  if (name === "confidence") {
    return [confidenceLabel(v) || "(none)"];
  }
  if (name === "geo_precision") {
    return [PRECISION[v] || str(v)];
  }
  if (name === "event_type") {
    return [labelOf(v)];
  }
  if (Array.isArray(v)) {
    return v.map(str).filter(function (s) { return s !== ""; });
  }
  return [str(v).replace(/_/g, " ")];
}

// The facet of field `name` of decoded table `d` (weights w or null): { name, options: [{ label,
// n }], byCode: [[option indices] per value code] }, or null when it offers fewer than two options.
export function facet(d, name, w, labelOf) {
  var f = d.fields[name];
  if (!f) {
    return null;
  }
  var perCode = new Float64Array(f.values.length);
  for (var i = 0; i < d.n; i++) {
    perCode[f.codes[i]] += w ? w[i] : 1;
  }
  var counts = new Map();
  var labels = f.values.map(function (v, code) {
    var ls = labelsOf(name, v, labelOf);
    ls.forEach(function (l) { counts.set(l, (counts.get(l) || 0) + perCode[code]); });
    return ls;
  });
  var ranked = Array.from(counts.keys()).filter(function (l) { return counts.get(l) > 0; });
  ranked.sort(function (a, b) { return counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0); });
  if (ranked.length < 2) {
    return null;
  }
  var own = ranked.length > MAX_OPTIONS ? ranked.slice(0, MAX_OPTIONS - 1) : ranked;
  var index = new Map(own.map(function (l, k) { return [l, k]; }));
  var options = own.map(function (l) { return { label: l, n: counts.get(l) }; });
  if (own.length < ranked.length) {
    var rest = ranked.slice(own.length).reduce(function (s, l) { return s + counts.get(l); }, 0);
    options.push({ label: "Other", n: rest });
  }
  var other = own.length;
  var byCode = labels.map(function (ls) {
    var opts = ls.map(function (l) { return index.has(l) ? index.get(l) : other; });
    return opts.filter(function (o, k) { return opts.indexOf(o) === k; });
  });
  return { name: name, options: options, byCode: byCode };
}

// One flag per value code of facet `fc`: whether a row with that value passes when the options
// flagged in `checked` are chosen; null when every option is checked (no filter).
export function allowedCodes(fc, checked) {
  if (checked.every(Boolean)) {
    return null;
  }
  return fc.byCode.map(function (opts) {
    return opts.some(function (o) { return checked[o]; });
  });
}
