// labels.js: which city names are drawn at a zoom, most important first, never overlapping.
import assert from "node:assert/strict";
import { test } from "node:test";

import { decode, labelBox, pick, CHAR_WIDTH, DOT } from "../../geo/maps/static/labels.js";

const data = {
  scale: 1000,
  name: ["Baghdad", "Erbil", "Ankawa", "Koya", "Far"],
  lon: [44401, 44009, 44010, 44630, 60000],
  lat: [33341, 36191, 36230, 36083, 10000],
  zoom: [3, 5, 9, 9, 4],
  capital: [0]
};
// Equirectangular pixels, 100 px per degree, y down.
const project = (c) => ({ x: c.lon * 100, y: -c.lat * 100 });
const view = { x0: 4000, y0: -3700, x1: 4600, y1: -3300 };

test("decode gives degrees and capitals", () => {
  const cities = decode(data);
  assert.deepEqual(cities[0], { name: "Baghdad", lon: 44.401, lat: 33.341, zoom: 3, capital: true });
  assert.equal(cities[1].capital, false);
});

test("only cities allowed at the zoom and inside the view are picked", () => {
  const cities = decode(data);
  assert.deepEqual(pick(cities, 5, project, view).map((s) => s.city.name), ["Baghdad", "Erbil"]);
  assert.deepEqual(pick(cities, 4, project, view).map((s) => s.city.name), ["Baghdad"]);
});

test("a label overlapping a more important one is left out", () => {
  const cities = decode(data);
  // Ankawa is 4 px below and 0.1 px right of Erbil: its box overlaps Erbil's.
  const names = pick(cities, 9, project, view).map((s) => s.city.name);
  assert.deepEqual(names, ["Baghdad", "Erbil", "Koya"]);
  // Boxes taken before (e.g. by something else) block labels too: here Erbil's and Ankawa's.
  const erbil = project(cities[1]);
  const blocked = [{ x0: erbil.x - 1, y0: erbil.y - 1, x1: erbil.x + 1, y1: erbil.y + 1 }];
  assert.deepEqual(pick(cities, 9, project, view, blocked).map((s) => s.city.name), ["Baghdad", "Koya"]);
});

test("the box covers the dot and the name, and the limit holds", () => {
  const box = labelBox({ x: 10, y: 20 }, "Erbil");
  assert.equal(box.x1, 10 + DOT + 5 * CHAR_WIDTH);
  assert.ok(box.x0 < 10 && box.y0 < 20 && box.y1 > 20);
  assert.equal(pick(decode(data), 9, project, view, [], 1).length, 1);
});
