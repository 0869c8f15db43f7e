// layout.js: ring offsets equal geo.maps.spread.ring_offsets; groups of close markers are spread
// apart, deterministically.
import assert from "node:assert/strict";
import { test } from "node:test";

import { layout, paddings, pyRound, ringRadius, rings } from "../../geo/maps/static/layout.js";
import { fixture } from "./helpers.mjs";

const reference = fixture("rings.json");
const SPACING = reference.spacing;
const SINGLE = reference.single;

test("rings equal the Python reference for 1 to 60 markers", () => {
  for (let n = 1; n < reference.rings.length; n++) {
    assert.deepEqual(rings(n, SPACING, SINGLE), reference.rings[n], `${n} markers`);
  }
  assert.deepEqual(rings(0, SPACING, SINGLE), []);
});

test("pyRound rounds halves to the even neighbour, like Python's round", () => {
  assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001].map(pyRound), [0, 2, 2, 0, -2, 2, 3]);
  assert.ok(Object.is(pyRound(-0.4), 0), "never -0");
});

test("ringRadius is the distance of the outermost offset", () => {
  assert.equal(ringRadius(1, SPACING, SINGLE), 0);
  const r = ringRadius(3, SPACING, SINGLE);
  assert.ok(Math.abs(r - SPACING / (2 * Math.sin(Math.PI / 3))) < 1, `radius ${r}`);
});

test("markers at one point share a ring around it, in input order; a far one stays", () => {
  const offsets = layout([[5, 5], [5, 5], [500, 5], [5, 5]], SPACING, SINGLE);
  const ring = rings(3, SPACING, SINGLE);
  assert.deepEqual([offsets[0], offsets[1], offsets[3]], ring);
  assert.deepEqual(offsets[2], [0, 0]);
});

test("markers one spacing apart stay where they are", () => {
  assert.deepEqual(layout([[0, 0], [SPACING, 0], [0, SPACING + 1]], SPACING, SINGLE), [[0, 0], [0, 0], [0, 0]]);
});

test("a point a few pixels away joins the group: all on one ring around the mean", () => {
  const points = [[5, 5], [9, 9], [5, 5]];
  const drawn = layout(points, SPACING, SINGLE).map((o, i) => [points[i][0] + o[0], points[i][1] + o[1]]);
  const expected = rings(3, SPACING, SINGLE).map((o) => [6 + o[0], 6 + o[1]]);
  const order = (a, b) => a[0] - b[0] || a[1] - b[1];
  assert.deepEqual(drawn.slice().sort(order), expected.slice().sort(order));
});

test("many clustered markers are all drawn at least an icon apart, the same every time", () => {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const points = [];
  for (let c = 0; c < 60; c++) {
    const cx = Math.round(rand() * 2000);
    const cy = Math.round(rand() * 1500);
    for (let k = 0; k < 10; k++) {
      points.push(k < 3 ? [cx, cy] : [cx + Math.round(rand() * 60 - 30), cy + Math.round(rand() * 60 - 30)]);
    }
  }
  const offsets = layout(points, SPACING, SINGLE);
  assert.deepEqual(layout(points, SPACING, SINGLE), offsets);
  const drawn = points.map((p, i) => [p[0] + offsets[i][0], p[1] + offsets[i][1]]);
  let closest = Infinity;
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      closest = Math.min(closest, Math.hypot(drawn[i][0] - drawn[j][0], drawn[i][1] - drawn[j][1]));
    }
  }
  assert.ok(closest > SPACING - 4, `closest pair ${closest} px apart`);
});

test("paddings avoid every box sideways or vertically, on its nearest side", () => {
  const size = { x: 1000, y: 800 };
  const title = { left: 400, top: 10, right: 600, bottom: 50 };
  const legend = { left: 850, top: 600, right: 990, bottom: 790 };
  const pads = paddings([title, legend], size, 10);
  assert.equal(pads.length, 4);
  // Both avoided sideways: neither lies left of the middle, so both are avoided on the right.
  assert.deepEqual(pads[0], [10, 10, 610, 10]);
  // A box left of the middle is avoided on the left.
  assert.deepEqual(paddings([{ left: 10, top: 300, right: 200, bottom: 400 }], size, 10)[0], [210, 10, 10, 10]);
  // Both avoided vertically: the title from the top, the legend from the bottom.
  assert.deepEqual(pads[3], [10, 60, 10, 210]);
  assert.deepEqual(paddings([], size, 5), [[5, 5, 5, 5]]);
});
