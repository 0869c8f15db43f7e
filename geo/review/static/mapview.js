// The small map: country outlines as the basemap (no tile server), the article's events as circles,
// and a click to drop a point when dropping is switched on. Leaflet comes from the XStatic-Leaflet
// package (else the npm cache); without it the page works on, without a map.

import { getJSON } from "./api.js";

export class MapView {
  constructor(container, colors, onPick, onDrop) {
    this.colors = colors;
    this.onPick = onPick;
    this.onDrop = onDrop;
    this.dropping = false;
    this.map = null;
    if (typeof L === "undefined") {
      container.textContent =
        "No map: Leaflet is not installed (pip install XStatic-Leaflet, or run 'geo assets fetch leaflet').";
      container.classList.add("no-map");
      return;
    }
    this.map = L.map(container, { worldCopyJump: true, attributionControl: true }).setView([30, 40], 4);
    this.map.attributionControl.setPrefix(false);
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on("click", (event) => {
      if (this.dropping) {
        this.onDrop(event.latlng.lng, event.latlng.lat);
      }
    });
    getJSON("api/outlines").then((outlines) => {
      L.geoJSON(outlines, {
        interactive: false,
        style: { color: "#777", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 },
        attribution: "Country outlines: Natural Earth via countryinfo",
      }).addTo(this.map).bringToBack();
    });
  }

  setDropping(on) {
    this.dropping = on;
    if (this.map) {
      this.map.getContainer().classList.toggle("dropping", on);
    }
  }

  show(points, currentKey) {
    if (!this.map) {
      return;
    }
    this.layer.clearLayers();
    const bounds = [];
    for (const point of points) {
      if (point.lon === null || point.lat === null || point.lon === undefined) {
        continue;
      }
      const current = point.key === currentKey;
      const marker = L.circleMarker([point.lat, point.lon], {
        radius: current ? 10 : 6,
        color: current ? "#000" : "#333",
        weight: current ? 3 : 1,
        fillColor: this.colors[point.type] || "#999",
        fillOpacity: point.rejected ? 0.15 : 0.9,
      });
      marker.on("click", () => this.onPick(point.key));
      const tip = document.createElement("span");
      tip.textContent = point.label;  // text, never markup
      marker.bindTooltip(tip);
      marker.addTo(this.layer);
      bounds.push([point.lat, point.lon]);
    }
    const current = points.find((p) => p.key === currentKey && p.lat !== null && p.lat !== undefined);
    if (current) {
      this.map.setView([current.lat, current.lon], Math.max(this.map.getZoom(), 5), { animate: false });
    } else if (bounds.length) {
      this.map.fitBounds(bounds, { maxZoom: 7, padding: [20, 20], animate: false });
    }
  }
}
