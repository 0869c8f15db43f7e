/* geo map layout: where to draw markers whose points lie too close together on screen.
 *
 * Pure functions over pixel points (no Leaflet, no DOM). layout groups the points whose markers
 * would overlap at the current zoom and lays each group out on rings around its centre;
 * runtime.js applies the result to the markers on load, on every zoomend and whenever markers are
 * added or removed (a layer switched on or off). Everything depends only on the input order, so
 * the same map at the same zoom always looks the same. paddings serves the opening view
 * (runtime.js fit). rings must give the offsets of geo.maps.spread.ring_offsets.
 */

// Python's round(): halves go to the even neighbour (the rings must equal geo.maps.spread's).
export function pyRound(value) {
  var floor = Math.floor(value);
  var diff = value - floor;
  var result = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return result + 0; // never -0
}

var ringCache = {};

// The offsets [dx, dy] of `count` markers on rings around a point, as geo.maps.spread.ring_offsets:
// up to `single` markers share one ring just wide enough for them, larger groups fill rings of
// radius k * spacing holding floor(2 pi k) markers each, each ring from the top, clockwise.
export function rings(count, spacing, single) {
  var key = count + "/" + spacing + "/" + single;
  if (has(ringCache, key)) {
    return ringCache[key];
  }
  var offsets = [];
  if (count === 1) {
    offsets.push([0, 0]);
  }
  var ring = 1;
  while (count > 1 && offsets.length < count) {
    var capacity = count <= single ? count : Math.floor(2 * Math.PI * ring);
    var members = Math.min(capacity, count - offsets.length);
    var radius = count <= single ? spacing / (2 * Math.sin(Math.PI / Math.max(members, 2))) : spacing * ring;
    var start = -Math.PI / 2 + (ring > 1 ? Math.PI / members : 0);
    for (var i = 0; i < members; i++) {
      var angle = start + 2 * Math.PI * i / members;
      offsets.push([pyRound(radius * Math.cos(angle)), pyRound(radius * Math.sin(angle))]);
    }
    ring += 1;
  }
  ringCache[key] = offsets;
  return offsets;
}

function has(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

export function ringRadius(count, spacing, single) {
  var radius = 0;
  rings(count, spacing, single).forEach(function (o) {
    radius = Math.max(radius, Math.sqrt(o[0] * o[0] + o[1] * o[1]));
  });
  return radius;
}

// Clockwise angle from the top (screen y points down), in [0, 2 pi); 0 for the centre itself.
function angleOf(dx, dy) {
  if (dx === 0 && dy === 0) {
    return 0;
  }
  var angle = Math.atan2(dx, -dy);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

function find(parent, i) {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

// The groups of sites (distinct points) under the union-find `parent`, in order of first site.
function groupsOf(parent, sites) {
  var byRoot = {};
  var groups = [];
  sites.forEach(function (site, i) {
    var root = find(parent, i);
    if (!has(byRoot, root)) {
      byRoot[root] = { root: root, sites: [], count: 0, sx: 0, sy: 0 };
      groups.push(byRoot[root]);
    }
    var group = byRoot[root];
    group.sites.push(site);
    group.count += site.members.length;
    group.sx += site.x * site.members.length;
    group.sy += site.y * site.members.length;
  });
  groups.forEach(function (group) {
    group.x = Math.round(group.sx / group.count);
    group.y = Math.round(group.sy / group.count);
  });
  return groups;
}

// Merge the groups whose drawn markers would come closer than `spacing`: a group is a disc of
// its ring radius around its centre. Returns whether anything was merged. Groups are bucketed in
// a grid of cells 2 * spacing wide (a group in every cell its disc plus half a spacing touches),
// so that only groups sharing a cell are compared.
function mergeOnce(parent, groups, spacing, single) {
  var cell = 2 * spacing;
  var grid = {};
  var keys = [];
  groups.forEach(function (group, g) {
    group.radius = ringRadius(group.count, spacing, single);
    var reach = group.radius + spacing / 2;
    var x0 = Math.floor((group.x - reach) / cell);
    var x1 = Math.floor((group.x + reach) / cell);
    var y0 = Math.floor((group.y - reach) / cell);
    var y1 = Math.floor((group.y + reach) / cell);
    for (var cx = x0; cx <= x1; cx++) {
      for (var cy = y0; cy <= y1; cy++) {
        var key = cx + "," + cy;
        if (!has(grid, key)) {
          grid[key] = [];
          keys.push(key);
        }
        grid[key].push(g);
      }
    }
  });
  var merged = false;
  keys.forEach(function (key) {
    var members = grid[key];
    for (var i = 0; i < members.length; i++) {
      var a = groups[members[i]];
      for (var j = i + 1; j < members.length; j++) {
        var b = groups[members[j]];
        var ra = find(parent, a.root);
        var rb = find(parent, b.root);
        if (ra === rb) {
          continue;
        }
        var dx = a.x - b.x;
        var dy = a.y - b.y;
        var reach = a.radius + b.radius + spacing;
        if (dx * dx + dy * dy < reach * reach) {
          parent[Math.max(ra, rb)] = Math.min(ra, rb);
          merged = true;
        }
      }
    }
  });
  return merged;
}

// The offsets of one group's members: on rings around the group's centre, every member at the
// ring position nearest in angle to its own point (all at one point: in input order).
function place(group, points, offsets, spacing, single) {
  var members = [];
  group.sites.forEach(function (site) {
    members = members.concat(site.members);
  });
  members.sort(function (a, b) { return a - b; });
  var slots = rings(members.length, spacing, single).map(function (o, i) {
    return { dx: o[0], dy: o[1], index: i, angle: angleOf(o[0], o[1]) };
  });
  if (group.sites.length > 1) {
    var keyed = members.map(function (m) {
      return { m: m, angle: angleOf(points[m][0] - group.x, points[m][1] - group.y) };
    });
    keyed.sort(function (a, b) { return a.angle - b.angle || a.m - b.m; });
    members = keyed.map(function (k) { return k.m; });
    slots.sort(function (a, b) { return a.angle - b.angle || a.index - b.index; });
  }
  members.forEach(function (m, i) {
    var slot = slots[i];
    offsets[m] = [group.x + slot.dx - points[m][0] + 0, group.y + slot.dy - points[m][1] + 0];
  });
}

/**
 * Offsets [dx, dy] (integer pixels) that keep markers drawn at `points` apart.
 *
 * points: [x, y] integer pixel positions of the markers (any origin), in layer order then
 * feature order. Markers closer than `spacing` are grouped, repeatedly, until no two groups'
 * rings come closer than `spacing`; a group of n > 1 is drawn on the rings of `rings(n)`
 * around its centre (the mean of its points), a lone marker at its point ([0, 0]).
 */
export function layout(points, spacing, single) {
  var sites = [];
  var siteOf = {};
  points.forEach(function (p, i) {
    var key = p[0] + "," + p[1];
    if (!has(siteOf, key)) {
      siteOf[key] = sites.length;
      sites.push({ x: p[0], y: p[1], members: [] });
    }
    sites[siteOf[key]].members.push(i);
  });
  var parent = sites.map(function (_, i) { return i; });
  var groups = groupsOf(parent, sites);
  for (var round = 0; round < 200 && mergeOnce(parent, groups, spacing, single); round++) {
    groups = groupsOf(parent, sites);
  }
  var offsets = new Array(points.length);
  groups.forEach(function (group) {
    place(group, points, offsets, spacing, single);
  });
  return offsets;
}

// Paddings [left, top, right, bottom] that keep every box over the map clear: each box is
// avoided either sideways or vertically, on its nearest side; all combinations are returned.
export function paddings(boxes, size, margin) {
  var result = [];
  boxes = boxes.slice(0, 10);
  for (var mask = 0; mask < (1 << boxes.length); mask++) {
    var pad = [0, 0, 0, 0];
    for (var i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      if (mask & (1 << i)) {
        if (b.top + b.bottom < size.y) {
          pad[1] = Math.max(pad[1], b.bottom);
        } else {
          pad[3] = Math.max(pad[3], size.y - b.top);
        }
      } else if (b.left + b.right < size.x) {
        pad[0] = Math.max(pad[0], b.right);
      } else {
        pad[2] = Math.max(pad[2], size.x - b.left);
      }
    }
    result.push(pad.map(function (p) { return Math.ceil(p) + margin; }));
  }
  return result;
}
