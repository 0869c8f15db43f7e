/* geo map clusters: many events drawn as grid clusters that split as the map zooms in.
 *
 * At every zoom the active events of the shown layers are summed into square cells of CELL
 * screen pixels (weighted by how many events a row stands for, in aggregated maps). A cell with
 * one event is drawn as that event's marker (popup, tooltip, layer as usual); a cell with more is
 * drawn as a ring chart of its event types with the count in the middle. Its popup lists the
 * counts per type, the period, and a button that zooms in on its events; when they cannot be
 * split further (one point, or the highest zoom) it lists them instead. All cells are counted
 * (stats), but only those in view (plus a margin) get a marker. Markers are kept between redraws
 * when their cell is unchanged, so that an open popup survives panning.
 *
 * Security: text from the data only reaches the page through geoMapPopup (textContent).
 */
var geoMapCluster = (function () {
  "use strict";

  var CELL = 64;
  var LIST_LIMIT = 50;

  function Cluster(ctl) {
    this.ctl = ctl;
    this.map = ctl.map;
    this.layer = L.layerGroup().addTo(this.map);
    this.drawn = {};      // id -> { marker, cell }
    this.cells = [];
    this.pending = false;
    var self = this;
    this.map.on("zoomend moveend overlayadd overlayremove", function () { self.refresh(); });
  }

  Cluster.prototype.refresh = function () {
    if (this.pending) {
      return;
    }
    this.pending = true;
    var self = this;
    Promise.resolve().then(function () {
      self.pending = false;
      self.redraw();
    });
  };

  Cluster.prototype.compute = function () {
    var ctl = this.ctl;
    var d = ctl.d;
    var zoom = this.map.getZoom();
    var scale = 256 * Math.pow(2, zoom) / CELL;
    var shown = ctl.shownLayers();
    var byKey = new Map();
    var cells = [];
    var ntypes = ctl.typeLayer.length;
    var types = d.fields.event_type ? d.fields.event_type.codes : new Int32Array(d.n);
    for (var i = 0; i < d.n; i++) {
      if (!ctl.active[i] || !shown[ctl.layerOf[i]]) {
        continue;
      }
      var cx = Math.floor(d.mx[i] * scale);
      var cy = Math.floor(d.my[i] * scale);
      var key = cx * 4194304 + cy;
      var cell = byKey.get(key);
      if (cell === undefined) {
        cell = {
          key: key, keys: [key], zoom: zoom, rows: 0, w: 0, sx: 0, sy: 0, first: i, types: new Float64Array(ntypes),
          x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, t0: Infinity, t1: -Infinity
        };
        byKey.set(key, cell);
        cells.push(cell);
      }
      var w = d.w ? d.w[i] : 1;
      cell.rows += 1;
      cell.w += w;
      cell.sx += d.mx[i] * w;
      cell.sy += d.my[i] * w;
      cell.types[types[i]] += w;
      cell.x0 = Math.min(cell.x0, d.mx[i]);
      cell.x1 = Math.max(cell.x1, d.mx[i]);
      cell.y0 = Math.min(cell.y0, d.my[i]);
      cell.y1 = Math.max(cell.y1, d.my[i]);
      cell.t0 = Math.min(cell.t0, d.t0[i]);
      cell.t1 = Math.max(cell.t1, d.t1[i]);
    }
    return mergeOverlapping(cells, scale * CELL);
  };

  function sizeOf(w) {
    return Math.round(30 + 5 * Math.log(w) / Math.LN10);
  }

  // Merge neighbouring cells whose rings would overlap on screen (centres closer than their
  // radii), repeatedly, so that no two clusters hide each other.
  function mergeOverlapping(cells, world) {
    for (var round = 0; round < 4; round++) {
      var grid = new Map();
      cells.forEach(function (cell, k) {
        cell.px = cell.sx / cell.w * world;
        cell.py = cell.sy / cell.w * world;
        cell.gx = Math.floor(cell.px / CELL);
        cell.gy = Math.floor(cell.py / CELL);
        grid.set(cell.gx * 4194304 + cell.gy, k);
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
            var j = grid.get((a.gx + dx) * 4194304 + a.gy + dy);
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

  function unproject(x, y) {
    var lon = x * 360 - 180;
    var n = Math.PI - 2 * Math.PI * y;
    var lat = 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
    return L.latLng(lat, lon);
  }

  // A single event is drawn as its own marker; a group (or any aggregated row) as a cluster.
  Cluster.prototype.isSingle = function (cell) {
    return cell.rows === 1 && !this.ctl.d.w;
  };

  Cluster.prototype.redraw = function () {
    var map = this.map;
    if (!map._loaded) {
      return;
    }
    this.cells = this.compute();
    var view = map.getPixelBounds();
    var pad = 2 * CELL;
    var worldSize = 256 * Math.pow(2, map.getZoom());
    var wanted = {};
    var self = this;
    this.cells.forEach(function (cell) {
      var x = cell.sx / cell.w * worldSize;
      var y = cell.sy / cell.w * worldSize;
      if (x < view.min.x - pad || x > view.max.x + pad || y < view.min.y - pad || y > view.max.y + pad) {
        return;
      }
      var id = self.isSingle(cell) ? "e" + cell.first : "c" + cell.zoom + ":" + cell.keys.join("+") + ":" + cell.w;
      wanted[id] = cell;
    });
    Object.keys(this.drawn).forEach(function (id) {
      if (!Object.prototype.hasOwnProperty.call(wanted, id)) {
        var old = self.drawn[id];
        if (old.group) {
          old.group.removeLayer(old.marker);
        } else {
          self.layer.removeLayer(old.marker);
        }
        delete self.drawn[id];
      }
    });
    Object.keys(wanted).forEach(function (id) {
      var cell = wanted[id];
      if (Object.prototype.hasOwnProperty.call(self.drawn, id)) {
        self.drawn[id].cell = cell;
        return;
      }
      if (self.isSingle(cell)) {
        var group = self.ctl.groups[self.ctl.layerOf[cell.first]];
        var m = self.ctl.markerOf(cell.first);
        group.addLayer(m);
        self.drawn[id] = { marker: m, cell: cell, group: group };
      } else {
        self.drawn[id] = { marker: self.clusterMarker(cell), cell: cell, group: null };
        self.layer.addLayer(self.drawn[id].marker);
      }
    });
  };

  Cluster.prototype.typeCounts = function (cell) {
    var values = this.ctl.d.fields.event_type ? this.ctl.d.fields.event_type.values : [null];
    var counts = [];
    for (var t = 0; t < cell.types.length; t++) {
      if (cell.types[t] > 0) {
        counts.push({ props: { event_type: values[t] }, n: cell.types[t] });
      }
    }
    counts.sort(function (a, b) { return b.n - a.n; });
    return counts;
  };

  var ring = geoMapClusterView.ring;
  var countLabel = geoMapClusterView.countLabel;

  Cluster.prototype.clusterMarker = function (cell) {
    var counts = this.typeCounts(cell);
    var size = sizeOf(cell.w);
    var box = document.createElement("div");
    box.appendChild(ring(counts, cell.w, size));
    var m = L.marker(unproject(cell.sx / cell.w, cell.sy / cell.w), {
      icon: L.divIcon({ html: box, className: "geo-cluster", iconSize: [size, size] }),
      keyboard: true
    });
    var self = this;
    m.on("add", function () {
      var node = m.getElement();
      if (node) {
        node.setAttribute("aria-label", countLabel(counts, cell.w));
      }
    });
    m.bindPopup(function () { return self.popup(m, cell, counts); }, { maxWidth: 340, maxHeight: 320 });
    // A function returning a node: Leaflet would set a string as HTML.
    m.bindTooltip(function () { return geoMapPopup.el("span", "geo-tooltip", countLabel(counts, cell.w)); }, { direction: "right" });
    return m;
  };

  // Indices of the events of `cell` (active, in shown layers), at most `limit`.
  Cluster.prototype.members = function (cell, limit) {
    var ctl = this.ctl;
    var d = ctl.d;
    var scale = 256 * Math.pow(2, cell.zoom) / CELL;
    var shown = ctl.shownLayers();
    var keys = new Set(cell.keys);
    var out = [];
    for (var i = 0; i < d.n && out.length < limit; i++) {
      if (ctl.active[i] && shown[ctl.layerOf[i]] &&
          keys.has(Math.floor(d.mx[i] * scale) * 4194304 + Math.floor(d.my[i] * scale))) {
        out.push(i);
      }
    }
    return out;
  };

  Cluster.prototype.popup = function (marker, cell, counts) {
    var el = geoMapPopup.el;
    var map = this.map;
    var ctl = this.ctl;
    var box = el("div", "geo-popup geo-cluster-popup");
    box.appendChild(el("div", "geo-popup-place", cell.w.toLocaleString("en") + " events"));
    var table = el("table", "geo-popup-facts");
    counts.forEach(function (entry) {
      var row = el("tr");
      var swatch = el("th");
      var dot = el("span", "geo-swatch");
      dot.style.background = geoMapPopup.styleOf(entry.props).color;
      swatch.appendChild(dot);
      swatch.appendChild(document.createTextNode(geoMapPopup.typeLabel(entry.props)));
      row.appendChild(swatch);
      row.appendChild(el("td", "geo-count", entry.n.toLocaleString("en")));
      table.appendChild(row);
    });
    box.appendChild(table);
    if (isFinite(cell.t0) || isFinite(cell.t1)) {
      var from = isFinite(cell.t0) ? geoMapEvents.isoDay(cell.t0) : "open start";
      var to = isFinite(cell.t1) ? geoMapEvents.isoDay(cell.t1) : "open end";
      box.appendChild(el("div", "geo-popup-type", "Dates: " + from + " – " + to));
    }
    var agg = ctl.d.aggregation;
    if (agg) {
      box.appendChild(el("div", "geo-popup-written",
        "Aggregated on the server: " + agg.cell + "° cells, by " + agg.bucket + "."));
    }
    var onePoint = cell.x0 === cell.x1 && cell.y0 === cell.y1;
    var atMax = map.getZoom() >= map.getMaxZoom();
    if (!onePoint && !atMax) {
      var zoom = el("button", "geo-zoom-in", "Zoom in to these events");
      zoom.type = "button";
      zoom.addEventListener("click", function () {
        map.closePopup();
        map.fitBounds(L.latLngBounds(unproject(cell.x0, cell.y1), unproject(cell.x1, cell.y0)),
          { padding: [40, 40], maxZoom: map.getMaxZoom() });
      });
      box.appendChild(zoom);
    } else if (!agg) {
      var list = el("ul", "geo-cluster-list");
      var self = this;
      this.members(cell, LIST_LIMIT).forEach(function (i) {
        var item = el("li");
        var props = ctl.props(i);
        var button = el("button", "geo-cluster-item", geoMapPopup.tooltipText(props));
        button.type = "button";
        button.addEventListener("click", function () {
          L.popup({ maxWidth: 340 }).setLatLng(ctl.latlng(i)).setContent(geoMapPopup.popup(props)).openOn(map);
        });
        item.appendChild(button);
        list.appendChild(item);
      });
      if (cell.rows > LIST_LIMIT) {
        list.appendChild(el("li", null, "… and " + (cell.rows - LIST_LIMIT) + " more"));
      }
      box.appendChild(list);
      void self;
    }
    return box;
  };

  Cluster.prototype.stats = function () {
    var clusters = 0;
    var members = 0;
    var singles = 0;
    var self = this;
    this.cells.forEach(function (cell) {
      if (self.isSingle(cell)) {
        singles += 1;
      } else {
        clusters += 1;
        members += cell.w;
      }
    });
    var drawnMarkers = 0;
    var drawnClusters = 0;
    Object.keys(this.drawn).forEach(function (id) {
      if (id.charAt(0) === "e") {
        drawnMarkers += 1;
      } else {
        drawnClusters += 1;
      }
    });
    return {
      clusters: clusters, clusterMembers: members, markers: singles,
      drawnClusters: drawnClusters, drawnMarkers: drawnMarkers
    };
  };

  function create(ctl) {
    return new Cluster(ctl);
  }

  return { CELL: CELL, create: create };
})();
