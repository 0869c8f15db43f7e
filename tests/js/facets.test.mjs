// facets.js: filter options from the table's fields, and the value codes they let through.
import assert from "node:assert/strict";
import { test } from "node:test";

import { allowedCodes, facet, MAX_OPTIONS } from "../../geo/maps/static/facets.js";
import { configure } from "../../geo/maps/static/styles.js";
import { decode } from "../../geo/maps/static/table.js";

configure({ size: 28, spacing: 32, layers: ["Other events"], types: {}, unknown: { label: "Other event", layer: 0 } });

function table(fields, n) {
  const zeros = new Array(n).fill(0);
  return decode({ n, scale: 1, lon: zeros, lat: zeros, t0: zeros, t1: zeros, fields });
}

test("a list field offers each item; a row passes when any of its items is checked", () => {
  const d = table({ actors: { v: [["A", "B"], ["B"], null], c: [0, 1, 1, 2] } }, 4);
  const fc = facet(d, "actors", null, String);
  assert.deepEqual(fc.options, [{ label: "B", n: 3 }, { label: "(none)", n: 1 }, { label: "A", n: 1 }]);
  assert.equal(allowedCodes(fc, [true, true, true]), null);
  assert.deepEqual(allowedCodes(fc, [false, false, true]), [true, false, false]);
  assert.deepEqual(allowedCodes(fc, [false, true, false]), [false, false, true]);
  assert.deepEqual(allowedCodes(fc, [true, false, false]), [true, true, false]);
});

test("confidence in ranges, precision in words; one option is no filter", () => {
  const d = table({
    confidence: { v: [1, 0.5, 0.95, null], c: [0, 1, 2, 3] },
    geo_precision: { v: [4], c: 0 }
  }, 4);
  const fc = facet(d, "confidence", null, String);
  assert.deepEqual(fc.options.map((o) => [o.label, o.n]), [["0.9 or more", 2], ["(none)", 1], ["0.5 to 0.7", 1]]);
  assert.equal(facet(d, "geo_precision", null, String), null);
});

test("rare values beyond MAX_OPTIONS share an Other option, weights count events", () => {
  const n = MAX_OPTIONS + 10;
  const values = Array.from({ length: n }, (_, k) => "c" + String(k).padStart(3, "0"));
  const d = table({ country: { v: values, c: values.map((_, k) => k) } }, n);
  d.w = Float64Array.from(values.map((_, k) => n - k));
  const fc = facet(d, "country", d.w, String);
  assert.equal(fc.options.length, MAX_OPTIONS);
  assert.equal(fc.options[MAX_OPTIONS - 1].label, "Other");
  assert.equal(fc.options.reduce((s, o) => s + o.n, 0), d.w.reduce((a, b) => a + b, 0));
  assert.deepEqual(fc.byCode[n - 1], [MAX_OPTIONS - 1]);
});
