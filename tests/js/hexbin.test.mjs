// hexbin.js: every event counts in the hexagon of the nearest centre; totals equal the data.
import assert from "node:assert/strict";
import { test } from "node:test";

import { breaks, classOf, hexbin, hexCentre, hexOf } from "../../geo/maps/static/hexbin.js";

test("a pixel falls in the hexagon whose centre is nearest", () => {
  let seed = 3;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const size = 20;
  for (let k = 0; k < 2000; k++) {
    const x = rand() * 1000 - 500, y = rand() * 1000 - 500;
    const [q, r] = hexOf(x, y, size);
    const [cx, cy] = hexCentre(q, r, size);
    const d = Math.hypot(x - cx, y - cy);
    for (const [dq, dr] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, -1], [-1, 1]]) {
      const [nx, ny] = hexCentre(q + dq, r + dr, size);
      assert.ok(d <= Math.hypot(x - nx, y - ny) + 1e-9, `(${x}, ${y})`);
    }
  }
});

test("hexagon counts add up to the (weighted) events included", () => {
  const n = 500;
  const d = { n, mx: new Float64Array(n), my: new Float64Array(n), w: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    d.mx[i] = 0.5 + (i % 37) * 1e-4;
    d.my[i] = 0.4 + (i % 11) * 2e-4;
    d.w[i] = 1 + (i % 3);
  }
  const cells = hexbin(d, (i) => i % 5 !== 0, 65536, 18);
  const want = Array.from(d.w).reduce((s, w, i) => s + (i % 5 !== 0 ? w : 0), 0);
  assert.equal(cells.reduce((s, c) => s + c.n, 0), want);
  assert.ok(cells.length > 1);
});

test("breaks start at 1 and end at the largest count; classOf finds the bound", () => {
  const b = breaks([{ n: 1 }, { n: 7 }, { n: 300 }], 5);
  assert.equal(b[0], 1);
  assert.equal(b[b.length - 1], 300);
  assert.ok(b.every((v, k) => k === 0 || v > b[k - 1]));
  assert.equal(classOf(1, b), 0);
  assert.equal(classOf(300, b), b.length - 1);
  assert.deepEqual(breaks([], 5), []);
});
