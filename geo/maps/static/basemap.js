/* geo offline basemap: country outlines drawn as a Leaflet GeoJSON layer, needing no tiles.
 *
 * outlines(data, options) returns the layer (with options.detail, Natural Earth 1:10m land,
 * lakes, borders and province lines and GSHHG/WDBII rivers of the map's extent drawn over the
 * outlines); it draws in its own pane above the tiles and
 * below every overlay and marker, and while it is on the map the map's background shows the sea
 * colour. fallback(map, tileLayers, outlines, companions) switches to the outlines when a tile
 * layer cannot load its tiles (no network), so the map never stays blank, and shows the layers
 * companions() returns (the place names), which the tiles carried.
 */
import { BASEMAP_PANE as PANE } from "./pane.js";

var SEA_CLASS = "geo-basemap-sea";

// The features are made the first time the layer is shown: a page that opens on its tiles (the
// outlines only their fallback) spends nothing on them unless the tiles fail.
var Outlines = L.GeoJSON.extend({
  initialize: function (data, options) {
    L.GeoJSON.prototype.initialize.call(this, null, options);
    this._pending = data;
  },
  onAdd: function (map) {
    if (!map.getPane(PANE)) {
      var pane = map.createPane(PANE);
      pane.style.zIndex = 250;  // tilePane is 200, overlayPane 400
      pane.style.pointerEvents = "none";
    }
    L.DomUtil.addClass(map.getContainer(), SEA_CLASS);
    var pending = this._pending;
    if (pending) {
      this._pending = null;
      for (var i = 0; i < pending.length; i++) {
        this.addData(pending[i]);  // the outlines, then the detail over them, in the data's order
      }
    }
    L.GeoJSON.prototype.onAdd.call(this, map);
  },
  onRemove: function (map) {
    L.DomUtil.removeClass(map.getContainer(), SEA_CLASS);
    L.GeoJSON.prototype.onRemove.call(this, map);
  }
});

// Styles of the detail features (Natural Earth 1:10m and rivers for the map's extent), by their kind.
var DETAIL = {
  sea: { stroke: false, fillColor: "#cddceb", fillOpacity: 1 },
  land: { stroke: false, fillColor: "#f5f3ee", fillOpacity: 1 },
  river: { color: "#5b8fc7", weight: 1.1, opacity: 0.9, fill: false, lineJoin: "round" },
  lake: { color: "#a9c0d6", weight: 0.6, fillColor: "#cddceb", fillOpacity: 1 },
  admin0: { color: "#8c8c8c", weight: 1.1, fill: false },
  admin1: { color: "#b3a79b", weight: 0.8, dashArray: "4 3", fill: false }
};

export function outlines(data, options) {
  var style = options.style || {};
  var layer = new Outlines(options.detail ? [data, options.detail] : [data], {
    pane: PANE,
    interactive: false,
    attribution: options.attribution || "",
    style: function (feature) {
      var kind = feature && feature.properties && feature.properties.kind;
      if (kind && Object.prototype.hasOwnProperty.call(DETAIL, kind)) {
        return DETAIL[kind];
      }
      return {
        color: style.border || "#8c8c8c",
        weight: style.weight || 0.8,
        opacity: 1,
        fillColor: style.land || "#f5f3ee",
        fillOpacity: 1
      };
    }
  });
  return layer;
}

export function fallback(map, tileLayers, basemap, companions) {
  tileLayers.forEach(function (tiles) {
    var errors = 0;
    tiles.on("tileerror", function () {
      errors += 1;
      // One failed tile may be a glitch; several mean the tiles are out of reach.
      if (errors >= 3 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        if (!map.hasLayer(basemap)) {
          map.addLayer(basemap);
          // The tiles carried the place names; the outlines do not: show the offline names too.
          (companions ? companions() : []).forEach(function (layer) {
            if (layer && !map.hasLayer(layer)) {
              map.addLayer(layer);
            }
          });
        }
      }
    });
    tiles.on("add", function () { errors = 0; });
  });
}

export { PANE };
