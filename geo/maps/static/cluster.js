/* geo map clusters: many events drawn as grid clusters that split as the map zooms in.
 *
 * At every zoom the active events of the shown layers are summed into square cells of CELL
 * screen pixels (cells.js). A cell with one event is drawn as that event's marker (popup,
 * tooltip, layer as usual); a cell with more is drawn as a ring chart of its event types with the
 * count in the middle, at the mean position of its events. A click on a cluster of at most
 * SPIDER_MAX events "spiderfies" it: its events are shown around it (spider.js), each marker with a
 * leg to a dot on its own point, until the map is clicked or zoomed; a larger cluster opens a popup
 * with the counts per type, the period, and a button that zooms in on its events (when they cannot
 * be split further, one point or the highest zoom, it lists them instead). Markers never leave
 * their points otherwise. All cells are counted (stats), but only those in view (plus a margin) get a marker.
 * Markers are kept between redraws when their cell is unchanged, so that an open popup survives
 * panning.
 *
 * Security: text from the data only reaches the page through popup.js and text.js (textContent).
 */
import { CELL, cellId, cellsAt, membersOf, sizeOf, typeCounts } from "./cells.js";
import { ring } from "./clusterview.js";
import { el, popup } from "./popup.js";
import { marker as eventMarker } from "./runtime.js";
import { spiderOffsets } from "./spider.js";
import { styleOf, styles } from "./styles.js";
import { isoDay, latLngOf } from "./table.js";
import { countLabel, tooltipText, totalsText, typeLabel } from "./text.js";

var LIST_LIMIT = 50;
// Clusters of at most this many events spiderfy on click; larger ones open their popup.
export const SPIDER_MAX = 60;

function Cluster(ctl) {
  this.ctl = ctl;
  this.map = ctl.map;
  this.layer = L.layerGroup().addTo(this.map);
  this.drawn = {};      // id -> { marker, cell }
  this.cells = [];
  this.pending = false;
  this.spider = null;   // { group, marker, id }: the spiderfied cluster
  var self = this;
  this.map.on("zoomend moveend overlayadd overlayremove", function () { self.refresh(); });
  this.map.on("click zoomstart", function () { self.unspiderfy(); });
}

// Whether a click on `cell` spiderfies it (events one by one, not aggregated rows).
Cluster.prototype.canSpider = function (cell) {
  return !this.ctl.d.w && cell.rows <= SPIDER_MAX;
};

// Show the events of the cluster `m` (drawn for `cell`) around it: each event's own marker (popup,
// tooltip) on the spider, with a leg to a dot on its true point.
Cluster.prototype.spiderfy = function (m, cell, id) {
  this.unspiderfy();
  var map = this.map;
  var ctl = this.ctl;
  var members = this.members(cell, SPIDER_MAX);
  var centre = map.latLngToLayerPoint(m.getLatLng());
  var offsets = spiderOffsets(members.length, styles().spacing);
  var group = L.layerGroup();
  var markers = [];
  members.forEach(function (i, k) {
    var truth = ctl.latlng(i);
    var pos = map.layerPointToLatLng(centre.add(L.point(offsets[k][0], offsets[k][1])));
    var color = styleOf(ctl.props(i)).color;
    group.addLayer(L.polyline([pos, truth], { className: "geo-spider-leg", color: "#1a1a1a", weight: 1.5, opacity: 0.8, interactive: false }));
    group.addLayer(L.circleMarker(truth, { className: "geo-spider-foot", radius: 3, color: "#1a1a1a", weight: 1.5, fillColor: color, fillOpacity: 1, interactive: false }));
    var member = eventMarker(ctl.props(i), pos, "geo-spider");
    member._geoIndex = i;
    markers.push(member);
  });
  markers.forEach(function (member) { group.addLayer(member); });
  group.addTo(map);
  var node = m.getElement();
  if (node) {
    node.classList.add("geo-spiderfied");
  }
  this.spider = { group: group, marker: m, id: id, members: members };
};

Cluster.prototype.unspiderfy = function () {
  var spider = this.spider;
  if (spider === null) {
    return;
  }
  this.spider = null;
  this.map.removeLayer(spider.group);
  var node = spider.marker.getElement();
  if (node) {
    node.classList.remove("geo-spiderfied");
  }
};

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

// Whether row i is counted: active (filters) and in a shown layer.
Cluster.prototype.includer = function () {
  var ctl = this.ctl;
  var shown = ctl.shownLayers();
  return function (i) { return ctl.active[i] === 1 && shown[ctl.layerOf[i]]; };
};

Cluster.prototype.compute = function () {
  var ctl = this.ctl;
  var codes = ctl.classCodes();
  var n = codes ? ctl.colorBy.classes.length : ctl.typeLayer.length;
  return cellsAt(ctl.d, this.includer(), this.map.getZoom(), n, { codes: codes, sums: ctl.num });
};

function unproject(x, y) {
  var p = latLngOf(x, y);
  return L.latLng(p[0], p[1]);
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
    wanted[cellId(cell, self.isSingle(cell))] = cell;
  });
  // Whether the event of a single cell is drawn under another id already (after a zoom).
  var shownElsewhere = function (cell) {
    return Object.keys(wanted).some(function (other) {
      return self.isSingle(wanted[other]) && wanted[other].first === cell.first;
    });
  };
  Object.keys(this.drawn).forEach(function (id) {
    if (!Object.prototype.hasOwnProperty.call(wanted, id)) {
      var old = self.drawn[id];
      if (old.marker.isPopupOpen && old.marker.isPopupOpen() && self.isSingle(old.cell) && !shownElsewhere(old.cell)) {
        // A popup panned into view may push its marker out of it: keep the marker, or the popup closes.
        wanted[id] = old.cell;
        return;
      }
      if (old.group) {
        old.group.removeLayer(old.marker);
      } else {
        self.layer.removeLayer(old.marker);
      }
      delete self.drawn[id];
    }
  });
  if (this.spider !== null && !Object.prototype.hasOwnProperty.call(this.drawn, this.spider.id)) {
    this.unspiderfy();
  }
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
      self.drawn[id] = { marker: self.clusterMarker(cell, id), cell: cell, group: null };
      self.layer.addLayer(self.drawn[id].marker);
    }
  });
};

Cluster.prototype.typeCounts = function (cell) {
  var ctl = this.ctl;
  return typeCounts(cell, ctl.d.fields.event_type ? ctl.d.fields.event_type.values : [null],
    ctl.classCodes() ? ctl.colorBy.classes : null);
};

Cluster.prototype.clusterMarker = function (cell, id) {
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
      node.setAttribute("aria-label", countLabel(counts, cell.w, cell.sums));
    }
  });
  if (this.canSpider(cell)) {
    m.on("click", function () {
      if (self.spider !== null && self.spider.marker === m) {
        self.unspiderfy();
      } else {
        self.spiderfy(m, cell, id);
      }
    });
  } else {
    m.bindPopup(function () { return self.popup(m, cell, counts); }, { maxWidth: 340, maxHeight: 320 });
  }
  // A function returning a node: Leaflet would set a string as HTML.
  m.bindTooltip(function () { return el("span", "geo-tooltip", countLabel(counts, cell.w, cell.sums)); }, { direction: "right" });
  return m;
};

// Indices of the events of `cell` (active, in shown layers), at most `limit`.
Cluster.prototype.members = function (cell, limit) {
  return membersOf(this.ctl.d, cell, this.includer(), limit);
};

Cluster.prototype.popup = function (marker, cell, counts) {
  var map = this.map;
  var ctl = this.ctl;
  var box = el("div", "geo-popup geo-cluster-popup");
  box.appendChild(el("div", "geo-popup-place", cell.w.toLocaleString("en") + " events"));
  var table = el("table", "geo-popup-facts");
  counts.forEach(function (entry) {
    var row = el("tr");
    var swatch = el("th");
    var dot = el("span", "geo-swatch");
    dot.style.background = entry.color || styleOf(entry.props).color;
    swatch.appendChild(dot);
    swatch.appendChild(document.createTextNode(entry.label || typeLabel(entry.props)));
    row.appendChild(swatch);
    row.appendChild(el("td", "geo-count", entry.n.toLocaleString("en")));
    table.appendChild(row);
  });
  box.appendChild(table);
  var totals = totalsText(cell.sums);
  if (totals !== "") {
    box.appendChild(el("div", "geo-popup-type", "In all: " + totals));
  }
  if (isFinite(cell.t0) || isFinite(cell.t1)) {
    var from = isFinite(cell.t0) ? isoDay(cell.t0) : "open start";
    var to = isFinite(cell.t1) ? isoDay(cell.t1) : "open end";
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
    this.members(cell, LIST_LIMIT).forEach(function (i) {
      var item = el("li");
      var props = ctl.props(i);
      var button = el("button", "geo-cluster-item", tooltipText(props));
      button.type = "button";
      button.addEventListener("click", function () {
        var open = L.popup({ maxWidth: 340 }).setLatLng(ctl.latlng(i));
        open.setContent(popup(props, function () { open.update(); })).openOn(map);
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    if (cell.rows > LIST_LIMIT) {
      list.appendChild(el("li", null, "… and " + (cell.rows - LIST_LIMIT) + " more"));
    }
    box.appendChild(list);
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
    drawnClusters: drawnClusters, drawnMarkers: drawnMarkers,
    spider: this.spider === null ? null : this.spider.members.slice()
  };
};

// The clusters of the events of controller `ctl` (events.js), redrawn after every change.
export function create(ctl) {
  return new Cluster(ctl);
}
