/* geo map hexbin: events counted in hexagons of screen pixels at one zoom (density layer).
 *
 * Pure (no DOM, no Leaflet). Pointy-top hexagons of `size` pixels from centre to corner tile the
 * Web Mercator plane at the zoom's scale; each event (weighted: aggregated rows stand for several
 * events) counts in the hexagon whose centre is nearest to it. breaks gives the legend's classes.
 */

// The axial coordinates [q, r] of the hexagon holding pixel (x, y).
export function hexOf(x, y, size) {
  var q = (Math.sqrt(3) / 3 * x - y / 3) / size;
  var r = (2 / 3 * y) / size;
  // Cube rounding: the nearest hexagon centre.
  var cx = q;
  var cz = r;
  var cy = -cx - cz;
  var rx = Math.round(cx);
  var ry = Math.round(cy);
  var rz = Math.round(cz);
  var dx = Math.abs(rx - cx);
  var dy = Math.abs(ry - cy);
  var dz = Math.abs(rz - cz);
  if (dx > dy && dx > dz) {
    rx = -ry - rz;
  } else if (dy <= dz) {
    rz = -rx - ry;
  }
  return [rx + 0, rz + 0];
}

// The pixel centre of hexagon [q, r].
export function hexCentre(q, r, size) {
  return [size * Math.sqrt(3) * (q + r / 2), size * 1.5 * r];
}

// The six corners of the hexagon centred at (x, y), pointy top.
export function hexCorners(x, y, size) {
  var out = [];
  for (var k = 0; k < 6; k++) {
    var angle = Math.PI / 180 * (60 * k - 30);
    out.push([x + size * Math.cos(angle), y + size * Math.sin(angle)]);
  }
  return out;
}

// Hexagons of the rows i of decoded table `d` with include(i) at `world` pixels per world width:
// [{ q, r, x, y, n }] (n: events), in order of first row.
export function hexbin(d, include, world, size) {
  var byKey = new Map();
  var cells = [];
  for (var i = 0; i < d.n; i++) {
    if (!include(i)) {
      continue;
    }
    var h = hexOf(d.mx[i] * world, d.my[i] * world, size);
    var key = h[0] + "," + h[1];
    var cell = byKey.get(key);
    if (cell === undefined) {
      var c = hexCentre(h[0], h[1], size);
      cell = { q: h[0], r: h[1], x: c[0], y: c[1], n: 0 };
      byKey.set(key, cell);
      cells.push(cell);
    }
    cell.n += d.w ? d.w[i] : 1;
  }
  return cells;
}

// Up to `classes` upper bounds for the counts of `cells`: 1, then powers of 2 up to the largest
// count (the last bound is the largest count itself).
export function breaks(cells, classes) {
  var top = 0;
  cells.forEach(function (c) { top = Math.max(top, c.n); });
  if (top <= 1) {
    return top === 1 ? [1] : [];
  }
  var step = Math.pow(top, 1 / (classes - 1));
  var out = [1];
  for (var k = 1; k < classes; k++) {
    var b = Math.round(Math.pow(step, k));
    if (b > out[out.length - 1]) {
      out.push(b);
    }
  }
  out[out.length - 1] = top;
  return out;
}

// The class of count n among `bounds` (the first bound n does not exceed).
export function classOf(n, bounds) {
  for (var k = 0; k < bounds.length; k++) {
    if (n <= bounds[k]) {
      return k;
    }
  }
  return bounds.length - 1;
}
