/* geo map cluster cells: events summed into square cells of screen pixels at one zoom.
 *
 * Pure (no DOM, no Leaflet), over a table decoded by table.js. cellsAt sums the rows chosen by a
 * predicate into cells of CELL pixels (weighted by how many events a row stands for, in
 * aggregated maps) and merges neighbouring cells whose rings would overlap on screen.
 */

export const CELL = 64;
// Cell keys are cx * KEY_STRIDE + cy (cell indices stay below 2^22 up to zoom 18).
const KEY_STRIDE = 4194304;

// The key of the cell holding Web Mercator point (mx, my) at `scale` cells per world width.
export function cellKey(mx, my, scale) {
  return Math.floor(mx * scale) * KEY_STRIDE + Math.floor(my * scale);
}

// Cells per world width at `zoom`.
export function cellScale(zoom) {
  return 256 * Math.pow(2, zoom) / CELL;
}

// The diameter in pixels of the ring of a cluster of `w` events.
export function sizeOf(w) {
  return Math.round(30 + 5 * Math.log(w) / Math.LN10);
}

// The cells of the rows i of decoded table `d` with include(i) at `zoom`, overlapping ones merged;
// `ntypes` is the number of event_type values. Each cell: key, keys (of the grid cells merged
// into it), zoom, rows, w (events), sx/sy (weighted sums of mx/my), first (lowest row), types
// (events per event_type code), x0/y0/x1/y1 (extent in mx/my), t0/t1 (first and last day).
// `opts` (optional): codes (the class of each row, instead of its event_type code) and sums
// ({ name: Float64Array }, NaN for none): totals of each cell, e.g. fatalities and troops.
export function cellsAt(d, include, zoom, ntypes, opts) {
  var scale = cellScale(zoom);
  var byKey = new Map();
  var cells = [];
  var types = opts && opts.codes ? opts.codes : (d.fields.event_type ? d.fields.event_type.codes : new Int32Array(d.n));
  var sums = opts && opts.sums ? opts.sums : {};
  var sumNames = Object.keys(sums);
  for (var i = 0; i < d.n; i++) {
    if (!include(i)) {
      continue;
    }
    var key = cellKey(d.mx[i], d.my[i], scale);
    var cell = byKey.get(key);
    if (cell === undefined) {
      cell = {
        key: key, keys: [key], zoom: zoom, rows: 0, w: 0, sx: 0, sy: 0, first: i, types: new Float64Array(ntypes),
        x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, t0: Infinity, t1: -Infinity, sums: {}
      };
      sumNames.forEach(function (name) { cell.sums[name] = 0; });
      byKey.set(key, cell);
      cells.push(cell);
    }
    var w = d.w ? d.w[i] : 1;
    cell.rows += 1;
    cell.w += w;
    cell.sx += d.mx[i] * w;
    cell.sy += d.my[i] * w;
    cell.types[types[i]] += w;
    for (var s = 0; s < sumNames.length; s++) {
      var v = sums[sumNames[s]][i];
      if (v === v) {
        cell.sums[sumNames[s]] += v;
      }
    }
    cell.x0 = Math.min(cell.x0, d.mx[i]);
    cell.x1 = Math.max(cell.x1, d.mx[i]);
    cell.y0 = Math.min(cell.y0, d.my[i]);
    cell.y1 = Math.max(cell.y1, d.my[i]);
    cell.t0 = Math.min(cell.t0, d.t0[i]);
    cell.t1 = Math.max(cell.t1, d.t1[i]);
  }
  return mergeOverlapping(cells, scale * CELL);
}

// Merge neighbouring cells whose rings would overlap on screen (centres closer than their
// radii), repeatedly, so that no two clusters hide each other. `world` is the world width in
// pixels.
export function mergeOverlapping(cells, world) {
  for (var round = 0; round < 4; round++) {
    var grid = new Map();
    cells.forEach(function (cell, k) {
      cell.px = cell.sx / cell.w * world;
      cell.py = cell.sy / cell.w * world;
      cell.gx = Math.floor(cell.px / CELL);
      cell.gy = Math.floor(cell.py / CELL);
      grid.set(cell.gx * KEY_STRIDE + cell.gy, k);
    });
    var parent = cells.map(function (_, k) { return k; });
    var find = function (k) {
      while (parent[k] !== k) {
        parent[k] = parent[parent[k]];
        k = parent[k];
      }
      return k;
    };
    var merged = false;
    cells.forEach(function (a, k) {
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var j = grid.get((a.gx + dx) * KEY_STRIDE + a.gy + dy);
          if (j === undefined || j <= k) {
            continue;
          }
          var b = cells[j];
          var reach = (sizeOf(a.w) + sizeOf(b.w)) / 2 + 2;
          var ddx = a.px - b.px;
          var ddy = a.py - b.py;
          if (ddx * ddx + ddy * ddy < reach * reach && find(j) !== find(k)) {
            parent[find(j)] = find(k);
            merged = true;
          }
        }
      }
    });
    if (!merged) {
      return cells;
    }
    var out = [];
    var byRoot = {};
    cells.forEach(function (cell, k) {
      var root = find(k);
      var into = byRoot[root];
      if (into === undefined) {
        byRoot[root] = cell;
        out.push(cell);
        return;
      }
      into.keys = into.keys.concat(cell.keys);
      into.rows += cell.rows;
      into.w += cell.w;
      into.sx += cell.sx;
      into.sy += cell.sy;
      for (var t = 0; t < into.types.length; t++) {
        into.types[t] += cell.types[t];
      }
      Object.keys(cell.sums || {}).forEach(function (name) { into.sums[name] = (into.sums[name] || 0) + cell.sums[name]; });
      into.x0 = Math.min(into.x0, cell.x0);
      into.x1 = Math.max(into.x1, cell.x1);
      into.y0 = Math.min(into.y0, cell.y0);
      into.y1 = Math.max(into.y1, cell.y1);
      into.t0 = Math.min(into.t0, cell.t0);
      into.t1 = Math.max(into.t1, cell.t1);
      into.first = Math.min(into.first, cell.first);
    });
    cells = out;
  }
  return cells;
}

// Indices of the rows of `cell` (those with include(i)), in row order, at most `limit`.
export function membersOf(d, cell, include, limit) {
  var scale = cellScale(cell.zoom);
  var keys = new Set(cell.keys);
  var out = [];
  for (var i = 0; i < d.n && out.length < limit; i++) {
    if (include(i) && keys.has(cellKey(d.mx[i], d.my[i], scale))) {
      out.push(i);
    }
  }
  return out;
}

// The event types of `cell` with their counts, most frequent first: [{ props, n }]; `values`
// are the event_type values by code. With `classes` ([{ label, color }], --color-by) the cell's
// counts are per class instead: [{ props, label, color, n }].
export function typeCounts(cell, values, classes) {
  var counts = [];
  for (var t = 0; t < cell.types.length; t++) {
    if (cell.types[t] > 0) {
      var entry = { props: { event_type: classes ? null : values[t] }, n: cell.types[t] };
      if (classes) {
        entry.label = classes[t].label;
        entry.color = classes[t].color;
      }
      counts.push(entry);
    }
  }
  counts.sort(function (a, b) { return b.n - a.n; });
  return counts;
}

// The id under which a cell is drawn: "e<row>" for a single event, else one naming its zoom,
// grid cells and events (so that an unchanged cluster keeps its marker between redraws).
export function cellId(cell, single) {
  return single ? "e" + cell.first : "c" + cell.zoom + ":" + cell.keys.join("+") + ":" + cell.w;
}
