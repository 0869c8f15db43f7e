// layout.js and spider.js: paddings of the opening view; the spider of a clicked cluster keeps
// every member an icon apart.
import assert from "node:assert/strict";
import { test } from "node:test";

import { paddings } from "../../geo/maps/static/layout.js";
import { CIRCLE_MAX, spiderOffsets, spiderRadius } from "../../geo/maps/static/spider.js";

const SPACING = 32;

function closest(points) {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      best = Math.min(best, Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]));
    }
  }
  return best;
}

test("a spider has one place per member, no two closer than the spacing (rounding aside)", () => {
  assert.deepEqual(spiderOffsets(0, SPACING), []);
  for (let n = 1; n <= 120; n++) {
    const offsets = spiderOffsets(n, SPACING);
    assert.equal(offsets.length, n, `${n} members`);
    assert.ok(closest(offsets) >= SPACING - 2, `${n} members: closest ${closest(offsets)}`);
    // Nobody sits on the cluster itself: each member's leg leaves the cluster's icon.
    offsets.forEach((o) => assert.ok(Math.hypot(o[0], o[1]) >= SPACING - 1, `${n}: ${o}`));
  }
});

test("small spiders are one circle starting at the top; larger ones a spiral that stays compact", () => {
  const circle = spiderOffsets(CIRCLE_MAX, SPACING);
  const radii = circle.map((o) => Math.hypot(o[0], o[1]));
  assert.ok(Math.max(...radii) - Math.min(...radii) <= 1.5, `radii ${radii}`);
  assert.equal(circle[0][0], 0);
  assert.ok(circle[0][1] < 0, "the first member is above the cluster");
  // 60 members (the largest spider) fit within about 4.5 icons of the cluster.
  assert.ok(spiderRadius(60, SPACING) < 4.5 * SPACING, `radius ${spiderRadius(60, SPACING)}`);
  assert.deepEqual(spiderOffsets(60, SPACING), spiderOffsets(60, SPACING));
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
