// cells.js: events summed into square screen cells per zoom, neighbours merged when their rings
// would overlap.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  CELL, cellId, cellKey, cellScale, cellsAt, membersOf, mergeOverlapping, sizeOf, typeCounts
} from "../../geo/maps/static/cells.js";
import { decode } from "../../geo/maps/static/table.js";

// A decoded table of events at (lon, lat) degrees with event_type codes and optional weights.
function table(points, types, weights) {
  return decode({
    n: points.length, scale: 1, lon: points.map((p) => p[0]), lat: points.map((p) => p[1]),
    t0: points.map((p, i) => (i === 0 ? null : 100 + i)), t1: points.map(() => 0),
    w: weights, fields: { event_type: { v: ["strike", "base"], c: types } }
  });
}

const all = () => true;

test("cell keys and scale", () => {
  assert.equal(cellScale(0), 256 / CELL);
  assert.equal(cellKey(0.5, 0.5, 4), 2 * 4194304 + 2);
  assert.notEqual(cellKey(0.5, 0.5, 4), cellKey(0.5, 0.75, 4));
});

test("events at one point make one cell with their counts, extent and period", () => {
  const d = table([[44, 33], [44, 33], [44, 33]], [0, 1, 0]);
  const cells = cellsAt(d, all, 6, 2);
  assert.equal(cells.length, 1);
  const [cell] = cells;
  assert.equal(cell.rows, 3);
  assert.equal(cell.w, 3);
  assert.equal(cell.first, 0);
  assert.deepEqual([...cell.types], [2, 1]);
  assert.equal(cell.x0, cell.x1);
  // Row 0 has an open start; rows 1 and 2 end on their start day.
  assert.deepEqual([cell.t0, cell.t1], [-Infinity, 102]);
  assert.deepEqual(typeCounts(cell, ["strike", "base"]), [
    { props: { event_type: "strike" }, n: 2 }, { props: { event_type: "base" }, n: 1 }
  ]);
});

test("far events stay apart; zooming out merges them; the predicate filters rows", () => {
  const d = table([[40, 30], [50, 35], [40.001, 30.001]], [0, 0, 1]);
  assert.equal(cellsAt(d, all, 8, 2).length, 2);
  assert.equal(cellsAt(d, all, 0, 2).length, 1);
  const only = cellsAt(d, (i) => i !== 2, 8, 2);
  assert.deepEqual(only.map((c) => c.rows), [1, 1]);
  assert.deepEqual(membersOf(d, cellsAt(d, all, 0, 2)[0], all, 10), [0, 1, 2]);
  assert.deepEqual(membersOf(d, cellsAt(d, all, 0, 2)[0], all, 2), [0, 1]);
  assert.deepEqual(membersOf(d, cellsAt(d, all, 0, 2)[0], (i) => i > 0, 10), [1, 2]);
});

test("weights count events, not rows", () => {
  const d = table([[44, 33], [44, 33]], [0, 1], [5, 7]);
  const [cell] = cellsAt(d, all, 5, 2);
  assert.equal(cell.rows, 2);
  assert.equal(cell.w, 12);
  assert.deepEqual([...cell.types], [5, 7]);
});

test("neighbouring cells whose rings overlap merge into the first", () => {
  const cell = (x, w, first) => ({
    keys: [first], rows: 1, w, sx: x * w, sy: 0.5 * w, first, types: new Float64Array([w]),
    x0: x, x1: x, y0: 0.5, y1: 0.5, t0: first, t1: first
  });
  const world = 256 * 64;
  const a = cell(0.5, 1, 0);
  const b = cell(0.5 + 20 / world, 1, 1);   // 20 px away: rings of 30 px overlap
  const c = cell(0.5 + 200 / world, 1, 2);  // 200 px away: apart
  const merged = mergeOverlapping([a, b, c], world);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged[0].keys, [0, 1]);
  assert.equal(merged[0].w, 2);
  assert.deepEqual([merged[0].t0, merged[0].t1], [0, 1]);
  assert.equal(merged[1], c);
});

test("ring sizes and drawn ids", () => {
  assert.deepEqual([1, 10, 100, 100000].map(sizeOf), [30, 35, 40, 55]);
  const c = { first: 4, zoom: 3, keys: [7, 9], w: 12 };
  assert.equal(cellId(c, true), "e4");
  assert.equal(cellId(c, false), "c3:7+9:12");
});

test("cells total numeric columns and count by class codes when given", () => {
  const d = decode({
    n: 3, scale: 1, lon: [10, 10, 10], lat: [20, 20, 20], t0: [0, 0, 0], t1: [0, 0, 0],
    fields: { event_type: { v: ["attack"], c: 0 } }
  });
  const fat = Float64Array.from([3, NaN, 4]);
  const cells = cellsAt(d, () => true, 5, 2, { codes: Int32Array.from([1, 0, 1]), sums: { fatalities: fat } });
  assert.equal(cells.length, 1);
  assert.equal(cells[0].sums.fatalities, 7);
  assert.deepEqual(Array.from(cells[0].types), [1, 2]);
  const classes = [{ label: "a", color: "#111111" }, { label: "b", color: "#222222" }];
  assert.deepEqual(typeCounts(cells[0], ["attack"], classes).map((e) => [e.label, e.color, e.n]),
    [["b", "#222222", 2], ["a", "#111111", 1]]);
});
