/* geo offline basemap: country outlines drawn as a Leaflet GeoJSON layer, needing no tiles.
 *
 * outlines(data, options) returns the layer; it draws in its own pane above the tiles and
 * below every overlay and marker, and while it is on the map the map's background shows the sea
 * colour. fallback(map, tileLayers, outlines) switches to the outlines when a tile layer
 * cannot load its tiles (no network), so the map never stays blank.
 */
import { BASEMAP_PANE as PANE } from "./pane.js";

var SEA_CLASS = "geo-basemap-sea";

var Outlines = L.GeoJSON.extend({
  onAdd: function (map) {
    if (!map.getPane(PANE)) {
      var pane = map.createPane(PANE);
      pane.style.zIndex = 250;  // tilePane is 200, overlayPane 400
      pane.style.pointerEvents = "none";
    }
    L.DomUtil.addClass(map.getContainer(), SEA_CLASS);
    L.GeoJSON.prototype.onAdd.call(this, map);
  },
  onRemove: function (map) {
    L.DomUtil.removeClass(map.getContainer(), SEA_CLASS);
    L.GeoJSON.prototype.onRemove.call(this, map);
  }
});

export function outlines(data, options) {
  var style = options.style || {};
  return new Outlines(data, {
    pane: PANE,
    interactive: false,
    attribution: options.attribution || "",
    style: function () {
      return {
        color: style.border || "#8c8c8c",
        weight: style.weight || 0.8,
        opacity: 1,
        fillColor: style.land || "#f5f3ee",
        fillOpacity: 1
      };
    }
  });
}

export function fallback(map, tileLayers, basemap) {
  tileLayers.forEach(function (tiles) {
    var errors = 0;
    tiles.on("tileerror", function () {
      errors += 1;
      // One failed tile may be a glitch; several mean the tiles are out of reach.
      if (errors >= 3 && map.hasLayer(tiles)) {
        map.removeLayer(tiles);
        if (!map.hasLayer(basemap)) {
          map.addLayer(basemap);
        }
      }
    });
    tiles.on("add", function () { errors = 0; });
  });
}

export { PANE };
