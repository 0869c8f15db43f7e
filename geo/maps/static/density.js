/* geo map density: a hexagon layer of the events shown (period, filters, layers), switched on
 * from its own control (top left), with an honest legend: events per hexagon in classes, and the
 * hexagon's width in pixels and in kilometres at the map's centre latitude and zoom. Hexagons are
 * recomputed after every zoom, pan and filter change (hexbin.js); all events are counted, the
 * hexagons in view (plus a margin) are drawn.
 */
import { breaks, classOf, hexbin, hexCorners } from "./hexbin.js";
import { el } from "./popup.js";

// Hexagon size: centre to corner, in pixels (a hexagon is sqrt(3) * SIZE wide).
export const SIZE = 18;
var COLORS = ["#FDE725", "#5EC962", "#21918C", "#3B528B", "#440154"];

function Density(ctl) {
  this.ctl = ctl;
  this.map = ctl.map;
  this.on = false;
  this.renderer = L.canvas({ padding: 0.2 });
  this.layer = L.layerGroup();
  this.legend = null;
  this.last = null;
  var self = this;
  this.map.on("zoomend moveend overlayadd overlayremove", function () { self.redraw(); });
  ctl.onUpdate(function () { self.redraw(); });
}

Density.prototype.toggle = function (on) {
  this.on = on;
  if (on) {
    this.layer.addTo(this.map);
  } else {
    this.map.removeLayer(this.layer);
  }
  this.redraw();
};

// Width of a hexagon in km at the map's centre (Web Mercator scale at that latitude).
Density.prototype.widthKm = function () {
  var lat = this.map.getCenter().lat;
  var metresPerPixel = 40075016.686 * Math.cos(lat * Math.PI / 180) / (256 * Math.pow(2, this.map.getZoom()));
  return Math.sqrt(3) * SIZE * metresPerPixel / 1000;
};

Density.prototype.redraw = function () {
  this.layer.clearLayers();
  if (!this.on || !this.map._loaded) {
    this.last = null;
    this.showLegend([]);
    return;
  }
  var ctl = this.ctl;
  var shown = ctl.shownLayers();
  var include = function (i) { return ctl.active[i] === 1 && shown[ctl.layerOf[i]]; };
  var world = 256 * Math.pow(2, this.map.getZoom());
  var cells = hexbin(ctl.d, include, world, SIZE);
  var bounds = breaks(cells, COLORS.length);
  var view = this.map.getPixelBounds();
  var pad = 4 * SIZE;
  var map = this.map;
  var self = this;
  var drawn = 0;
  cells.forEach(function (c) {
    if (c.x < view.min.x - pad || c.x > view.max.x + pad || c.y < view.min.y - pad || c.y > view.max.y + pad) {
      return;
    }
    var corners = hexCorners(c.x, c.y, SIZE).map(function (p) { return map.unproject(L.point(p[0], p[1])); });
    var color = COLORS[Math.min(classOf(c.n, bounds) + (COLORS.length - bounds.length), COLORS.length - 1)];
    self.layer.addLayer(L.polygon(corners, {
      renderer: self.renderer, stroke: true, color: "#ffffff", weight: 0.5, fillColor: color, fillOpacity: 0.75,
      interactive: false
    }));
    drawn += 1;
  });
  this.last = { cells: cells.length, drawn: drawn, total: cells.reduce(function (s, c) { return s + c.n; }, 0), breaks: bounds };
  this.showLegend(bounds);
};

Density.prototype.showLegend = function (bounds) {
  if (this.legend === null) {
    return;
  }
  var box = this.legend;
  while (box.firstChild) {
    box.removeChild(box.firstChild);
  }
  if (!this.on) {
    return;
  }
  box.appendChild(el("div", "geo-density-title", "Events per hexagon"));
  var offset = COLORS.length - bounds.length;
  bounds.forEach(function (b, k) {
    var low = k === 0 ? 1 : bounds[k - 1] + 1;
    var row = el("div", "geo-density-row");
    var swatch = el("span", "geo-swatch");
    swatch.style.background = COLORS[k + offset];
    row.appendChild(swatch);
    row.appendChild(el("span", null, low === b ? String(b) : low.toLocaleString("en") + "–" + b.toLocaleString("en")));
    box.appendChild(row);
  });
  var km = this.widthKm();
  box.appendChild(el("div", "geo-density-note",
    "Hexagons " + Math.round(Math.sqrt(3) * SIZE) + " px across ≈ " + (km >= 10 ? Math.round(km) : km.toFixed(1)) +
    " km here; they count the events shown (period, filters, layers) and are recomputed at every zoom."));
};

// The density control of events controller `ctl`: a checkbox and, when on, the legend.
export function densityControl(ctl) {
  var density = new Density(ctl);
  ctl.density = density;
  var Control = L.Control.extend({
    options: { position: "topleft" },
    onAdd: function () {
      var box = el("div", "geo-control geo-density leaflet-control");
      L.DomEvent.disableClickPropagation(box);
      var label = el("label", "geo-density-toggle");
      var check = el("input");
      check.type = "checkbox";
      check.addEventListener("change", function () { density.toggle(check.checked); });
      label.appendChild(check);
      label.appendChild(el("span", null, "Density (hexagons)"));
      box.appendChild(label);
      density.legend = el("div", "geo-density-legend");
      box.appendChild(density.legend);
      return box;
    }
  });
  return new Control();
}
