/* geo place labels: which city names to draw at a zoom level, without overlaps. Pure.
 *
 * The data (geo/maps/labels.py) holds columns, most important city first: name, lon and lat in
 * 1/scale degrees, the lowest zoom at which the city is labelled, and the indices of capitals.
 * pick() walks the cities in that order and keeps each one allowed at the zoom, inside the view
 * and whose box (dot and name to its right) overlaps no box kept before.
 */

export const LABEL_HEIGHT = 14;
export const CHAR_WIDTH = 6.2;
export const DOT = 6;
export const MAX_SHOWN = 400;
const BUCKET = 64;

export function decode(data) {
  var scale = data.scale || 1000;
  var capital = new Set(data.capital || []);
  return data.name.map(function (name, i) {
    return {
      name: String(name),
      lon: data.lon[i] / scale,
      lat: data.lat[i] / scale,
      zoom: data.zoom[i],
      capital: capital.has(i)
    };
  });
}

// The box of a label at pixel point p: the dot centred on p, the name to its right.
export function labelBox(p, name) {
  return {
    x0: p.x - DOT / 2,
    y0: p.y - LABEL_HEIGHT / 2,
    x1: p.x + DOT + name.length * CHAR_WIDTH,
    y1: p.y + LABEL_HEIGHT / 2
  };
}

function overlaps(a, b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// cities: decoded rows; zoom: the map's zoom; project(city) -> {x, y} in pixels; view: {x0, y0,
// x1, y1} in the same pixels; blocked: boxes already taken (e.g. by markers), optional.
// Returns [{city, x, y}] in drawing order.
export function pick(cities, zoom, project, view, blocked, limit) {
  var grid = new Map();
  var max = limit || MAX_SHOWN;
  function cellsOf(box) {
    var keys = [];
    for (var gx = Math.floor(box.x0 / BUCKET); gx <= Math.floor(box.x1 / BUCKET); gx++) {
      for (var gy = Math.floor(box.y0 / BUCKET); gy <= Math.floor(box.y1 / BUCKET); gy++) {
        keys.push(gx + ":" + gy);
      }
    }
    return keys;
  }
  function free(box) {
    return cellsOf(box).every(function (key) {
      return !(grid.get(key) || []).some(function (other) { return overlaps(box, other); });
    });
  }
  function take(box) {
    cellsOf(box).forEach(function (key) {
      if (!grid.has(key)) {
        grid.set(key, []);
      }
      grid.get(key).push(box);
    });
  }
  (blocked || []).forEach(take);
  var shown = [];
  for (var i = 0; i < cities.length && shown.length < max; i++) {
    var city = cities[i];
    if (city.zoom > zoom) {
      continue;
    }
    var p = project(city);
    if (p.x < view.x0 || p.x > view.x1 || p.y < view.y0 || p.y > view.y1) {
      continue;
    }
    var box = labelBox(p, city.name);
    if (!free(box)) {
      continue;
    }
    take(box);
    shown.push({ city: city, x: p.x, y: p.y });
  }
  return shown;
}
