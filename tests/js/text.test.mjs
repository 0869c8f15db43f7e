// text.js and styles.js: the plain text of popups, tooltips and cluster labels.
import assert from "node:assert/strict";
import { test } from "node:test";

import { configure, has, styleOf } from "../../geo/maps/static/styles.js";
import {
  countLabel, dateText, numberText, placeOf, safeUrl, shortCount, str, tooltipText, typeLabel
} from "../../geo/maps/static/text.js";

const STYLES = {
  size: 22, spacing: 26, singleRing: 8, layers: ["Events", "Places mentioned"],
  types: {
    strike: { label: "Air strike", color: "#D55E00", svg: "<svg/>", layer: 0 },
    base: { label: "Base", color: "#0072B2", svg: "<svg/>", layer: 0 }
  },
  unknown: { label: "Other event", color: "#777777", svg: "<svg/>", layer: 0 }
};
configure(STYLES);

test("styles: known types, and the unknown style for anything else", () => {
  assert.equal(styleOf({ event_type: "strike" }), STYLES.types.strike);
  assert.equal(styleOf({ event_type: "toString" }), STYLES.unknown);
  assert.equal(styleOf({ event_type: 3 }), STYLES.unknown);
  assert.equal(has({ a: 1 }, "a"), true);
  assert.equal(has(null, "a"), false);
});

test("str: null, arrays, objects and numbers as text", () => {
  assert.equal(str(null), "");
  assert.equal(str(undefined), "");
  assert.equal(str(["a", null, ["b", ""]]), "a, b");
  assert.equal(str({ a: 1 }), '{"a":1}');
  assert.equal(str(0), "0");
});

test("type labels name sub-types and unknown types", () => {
  assert.equal(typeLabel({ event_type: "strike", sub_event_type: "drone_strike" }), "Air strike (drone strike)");
  assert.equal(typeLabel({ event_type: "parade" }), "parade");
  assert.equal(typeLabel({}), "Other event");
});

test("place, date, numbers and the tooltip", () => {
  assert.equal(placeOf({ place: "Erbil", name: "Arbil" }), "Erbil");
  assert.equal(placeOf({ name: "Arbil" }), "Arbil");
  assert.equal(placeOf({}), "Unnamed place");
  assert.equal(dateText({ date: "2017-03", time_precision: "month" }), "2017-03 (month)");
  assert.equal(dateText({ time_precision: "month" }), "");
  assert.equal(numberText(12500), "12,500");
  assert.equal(numberText(Infinity), "Infinity");
  assert.equal(numberText("about 40"), "about 40");
  assert.equal(tooltipText({ place: "Erbil", event_type: "base", date: "2017" }), "Erbil — Base, 2017");
  assert.equal(tooltipText({ place: "Erbil", event_type: "base" }), "Erbil — Base");
});

test("only absolute http(s) URLs are links", () => {
  assert.equal(safeUrl(" https://example.org/a b "), "https://example.org/a%20b");
  assert.equal(safeUrl("HTTP://example.org"), "http://example.org/");
  assert.equal(safeUrl("javascript:alert(1)"), null);
  assert.equal(safeUrl("//example.org"), null);
  assert.equal(safeUrl("https://"), null);
  assert.equal(safeUrl(42), null);
});

test("cluster counts and labels", () => {
  assert.deepEqual([7, 999, 1000, 1250, 9999, 10000, 12499, 999999, 1000000, 1250000].map(shortCount),
    ["7", "999", "1k", "1.3k", "10k", "10k", "12k", "1000k", "1M", "1.3M"]);
  const counts = [{ props: { event_type: "strike" }, n: 1200 }, { props: { event_type: "base" }, n: 3 }];
  assert.equal(countLabel(counts, 1203), "1,203 events: 1,200 Air strike, 3 Base");
});

test("the unknown date XXXX reads as words in popups and tooltips", () => {
  const props = { place: "Raqqa", event_type: "strike", date: "XXXX", time_precision: "unknown" };
  assert.equal(dateText(props), "unknown date");
  assert.equal(tooltipText(props), "Raqqa — Air strike, unknown date");
  assert.equal(dateText({ date: "2017-03", time_precision: "month" }), "2017-03 (month)");
  assert.equal(tooltipText({ place: "Raqqa", event_type: "strike", date: "2017" }), "Raqqa — Air strike, 2017");
});
