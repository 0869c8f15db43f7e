// table.js: the columnar event table written by geo/maps/table.py (encode_table) decodes to the
// rows Python holds (fixture from tests/test_map_js.py).
import assert from "node:assert/strict";
import { test } from "node:test";

import { CODE_ALPHABET, decode, decodeCodes, fold, isoDay, latLngOf, props, value } from "../../geo/maps/static/table.js";
import { fixture } from "./helpers.mjs";

const { data, rows } = fixture("table.json");

test("every row decodes to the coordinates, days and properties Python encoded", () => {
  const d = decode(data);
  assert.equal(d.n, rows.length);
  rows.forEach((row, i) => {
    assert.ok(Math.abs(d.lon[i] - row.lon) < 1e-9, `lon of row ${i}`);
    assert.ok(Math.abs(d.lat[i] - row.lat) < 1e-9, `lat of row ${i}`);
    assert.equal(d.t0[i], row.t0 === null ? -Infinity : row.t0, `t0 of row ${i}`);
    assert.equal(d.t1[i], row.t1 === null ? Infinity : row.t1, `t1 of row ${i}`);
    assert.deepEqual(props(d, i), row.props, `properties of row ${i}`);
  });
  assert.equal(d.w, null);
  assert.equal(d.aggregation, null);
});

test("the fixture covers open starts and ends and all three code encodings", () => {
  const kinds = new Set(Object.values(data.fields).map((f) => (Array.isArray(f.c) ? "list" : typeof f.c)));
  assert.deepEqual([...kinds].sort(), ["list", "number", "string"]);
  assert.ok(rows.some((row) => row.t0 !== null && row.t1 === null), "an open end");
  assert.ok(rows.some((row) => row.t0 === null && row.t1 === null), "an undated row");
});

test("codes: 0 for one value, one character per row, or integers", () => {
  assert.deepEqual([...decodeCodes(0, 3)], [0, 0, 0]);
  assert.deepEqual([...decodeCodes("AB_", 3)], [0, 1, 63]);
  assert.deepEqual([...decodeCodes([70, 2, 0], 3)], [70, 2, 0]);
  assert.equal(CODE_ALPHABET.length, 64);
});

test("weights, aggregation and a missing field", () => {
  const d = decode({
    n: 2, scale: 10, lon: [100, -100], lat: [0, 855], t0: [null, 5], t1: [3, 2], w: [4, 6],
    fields: { event_type: { v: ["strike"], c: 0 } }, aggregation: { cell: 0.5, bucket: "month" }
  });
  assert.deepEqual([...d.w], [4, 6]);
  assert.deepEqual(d.aggregation, { cell: 0.5, bucket: "month" });
  assert.deepEqual([d.t0[0], d.t1[0], d.t0[1], d.t1[1]], [-Infinity, 3, 5, 7]);
  assert.equal(value(d, "mission", 0), null);
  assert.equal(value(d, "event_type", 1), "strike");
  // Web Mercator x/y in [0, 1]: lon 10 is east of the middle, lat 85.5 is clamped to the top.
  assert.ok(d.mx[0] > 0.5 && d.mx[1] < 0.5);
  assert.ok(Math.abs(d.my[0] - 0.5) < 1e-12);
  assert.ok(d.my[1] < 1e-4);
});

test("latLngOf inverts the projection of decode", () => {
  const d = decode({ n: 1, scale: 1e5, lon: [4412345], lat: [3321000], t0: [null], t1: [null], fields: {} });
  const [lat, lon] = latLngOf(d.mx[0], d.my[0]);
  assert.ok(Math.abs(lat - 33.21) < 1e-9 && Math.abs(lon - 44.12345) < 1e-9, `${lat}, ${lon}`);
});

test("isoDay and fold", () => {
  assert.equal(isoDay(0), "1970-01-01");
  assert.equal(isoDay(17167), "2017-01-01");
  assert.equal(fold("Ḥalab ÉRBİL"), "halab erbil");
  assert.equal(fold(42), "42");
});

test("histogram bins count dated events by their first day; binDays tile the domain", async () => {
  const { binDays, counts, dayAt } = await import("../../geo/maps/static/histogram.js");
  const d = decode({
    n: 5, scale: 1, lon: [0, 0, 0, 0, 0], lat: [0, 0, 0, 0, 0],
    t0: [0, 9, null, 5, null], t1: [0, 0, 3, 0, null], fields: {}
  });
  // Rows: day 0, day 9, open start ending day 3, day 5, undated.
  assert.deepEqual(Array.from(counts(d, () => true, [0, 9], 2)), [2, 2]);
  assert.deepEqual(Array.from(counts(d, (i) => i !== 1, [0, 9], 10)), [1, 0, 0, 1, 0, 1, 0, 0, 0, 0]);
  const days = [];
  for (let k = 0; k < 3; k++) days.push(binDays([0, 9], 3, k));
  assert.deepEqual(days, [[0, 3], [4, 6], [7, 9]]);
  assert.equal(dayAt([10, 20], 0.5), 15);
  assert.equal(dayAt([10, 20], 2), 20);
});

test("the long texts of a large table are inflated on demand, then read as Python encoded them", async () => {
  const { inflateJson } = await import("../../geo/maps/static/lazy.js");
  const { complete, pending } = await import("../../geo/maps/static/table.js");
  const lazy = fixture("table_lazy.json");
  assert.deepEqual(lazy.data.lazy.fields, ["notes", "source"]);
  const d = decode(lazy.data, inflateJson);
  assert.equal(pending(d), true);
  const before = props(d, 0);
  assert.equal(before.notes, undefined);
  assert.equal(before.place, lazy.rows[0].props.place);
  const more = before.more();
  assert.ok(more instanceof Promise);
  assert.equal(before.more(), more, "inflated once");
  await more;
  assert.equal(pending(d), false);
  assert.equal(before.more(), null);
  // Properties taken before the inflation read the values after it.
  assert.deepEqual(before, lazy.rows[0].props);
  lazy.rows.forEach((row, i) => assert.deepEqual(props(d, i), row.props, `properties of row ${i}`));
  assert.equal(await complete(d), d);
});

test("a lazy table without an inflater says so, and a failed inflation can be retried", async () => {
  const { complete } = await import("../../geo/maps/static/table.js");
  const lazy = fixture("table_lazy.json");
  await assert.rejects(complete(decode(lazy.data)), /compressed texts/);
  let calls = 0;
  const flaky = () => (++calls === 1 ? Promise.reject(new Error("boom")) : Promise.resolve({ notes: ["x"], source: [null] }));
  const d = decode(lazy.data, flaky);
  await assert.rejects(complete(d), /boom/);
  await complete(d);
  assert.equal(calls, 2);
  assert.equal(value(d, "notes", 0), "x");
});
