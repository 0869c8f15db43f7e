/* geo place labels layer: city names over the offline basemap, redrawn at every zoom and pan.
 *
 * placeLabels(data, options) returns a Leaflet layer drawing, in its own pane above the basemap
 * and below the event layers, the names that labels.pick() keeps for the view. Names are set
 * with textContent only. shown() lists the names drawn (for tests and stats).
 */
import { decode, pick } from "./labels.js";

var PANE = "geoLabels";

var Labels = L.Layer.extend({
  initialize: function (data, options) {
    this._cities = decode(data);
    this._shown = [];
    L.setOptions(this, options);
  },
  getAttribution: function () {
    return this.options.attribution || "";
  },
  onAdd: function (map) {
    if (!map.getPane(PANE)) {
      var pane = map.createPane(PANE);
      pane.style.zIndex = 390;  // above the basemap (250) and overlays' tiles, below overlayPane (400)
      pane.style.pointerEvents = "none";
    }
    this._container = L.DomUtil.create("div", "geo-place-labels leaflet-zoom-hide", map.getPane(PANE));
    map.on("zoomend moveend viewreset", this._redraw, this);
    this._redraw();
  },
  onRemove: function (map) {
    map.off("zoomend moveend viewreset", this._redraw, this);
    L.DomUtil.remove(this._container);
    this._container = null;
    this._shown = [];
  },
  shown: function () {
    return this._shown.map(function (item) { return item.city.name; });
  },
  _redraw: function () {
    var map = this._map;
    if (!map || !this._container) {
      return;
    }
    var size = map.getSize();
    var topLeft = map.containerPointToLayerPoint([0, 0]);
    var view = { x0: topLeft.x, y0: topLeft.y, x1: topLeft.x + size.x, y1: topLeft.y + size.y };
    this._shown = pick(this._cities, Math.round(map.getZoom()), function (city) {
      return map.latLngToLayerPoint([city.lat, city.lon]);
    }, view);
    var nodes = this._shown.map(function (item) {
      var node = document.createElement("div");
      node.className = item.city.capital ? "geo-place-label geo-capital" : "geo-place-label";
      node.textContent = item.city.name;
      L.DomUtil.setPosition(node, L.point(item.x, item.y));
      return node;
    });
    this._container.replaceChildren.apply(this._container, nodes);
  }
});

export function placeLabels(data, options) {
  return new Labels(data, options || {});
}
