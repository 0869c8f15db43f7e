/* geo map runtime: event markers (icons, popups from popup.js) and the opening view.
 *
 * A marker is always drawn on its own point, at every zoom: markers that would overlap are
 * clustered (cluster.js) and spread only on demand, around a clicked cluster (spider.js). The
 * symbol says how precise the point is (geo_precision: a site or town is drawn plain, a region
 * with a dashed ring, a country or sea hollow with a dotted ring), so a country centroid is never
 * read as a site.
 *
 * Security: the only markup set as HTML is the marker SVG of the style table, which is built by
 * geo from its own vocabulary; all text from the data goes through popup.js (textContent).
 */
import { paddings } from "./layout.js";
import { popup, tooltip } from "./popup.js";
import { precisionClass, styleOf, styles } from "./styles.js";
import { tooltipText } from "./text.js";

// Black or white, whichever reads better on `hex` (#RRGGBB), as geo.maps.icons.text_color.
function contrast(hex) {
  var c = [1, 3, 5].map(function (k) {
    var v = parseInt(hex.slice(k, k + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  var lum = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? "#000000" : "#ffffff";
}

// The marker SVG of `style` in colour `look.color` and `look.size` pixels (--color-by, --size-by).
// Only geo's own palette and numbers enter the markup.
function restyled(style, look) {
  var svg = style.svg;
  if (look && look.color) {
    svg = svg.replace('<g fill="' + style.color + '"', '<g fill="' + look.color + '"')
      .replace(/(<text[^>]* fill=")#[0-9a-fA-F]{6}(")/, "$1" + contrast(look.color) + "$2");
  }
  if (look && look.size) {
    var base = styles().size;
    svg = svg.replace('width="' + base + '" height="' + base + '"', 'width="' + look.size + '" height="' + look.size + '"');
  }
  return svg;
}

// The icon of the event with properties `props`, centred on its point; `look` ({color, size},
// optional) restyles it.
export function icon(props, extraClass, look) {
  var style = styleOf(props);
  var size = look && look.size ? look.size : styles().size;
  var half = size / 2;
  return L.divIcon({
    html: restyled(style, look),
    className: "geo-marker " + precisionClass(props) + (extraClass ? " " + extraClass : ""),
    iconSize: [size, size],
    iconAnchor: [half, half],
    popupAnchor: [0, -half],
    tooltipAnchor: [half, 0]
  });
}

function unscroll(map) {
  var container = map.getContainer();
  if (container.scrollTop !== 0 || container.scrollLeft !== 0) {
    container.scrollTop = 0;
    container.scrollLeft = 0;
  }
}

function hookScroll(map) {
  if (map && !map._geoScrollHooked) {
    map._geoScrollHooked = true;
    // Focusing a control or popup near the edge can scroll the (overflow: hidden) map container,
    // which shifts the whole map and its controls out of place; undo that at once.
    map.getContainer().addEventListener("scroll", function () { unscroll(map); });
  }
}

// The marker of one event at `latlng` (its own point), with its popup and tooltip (built from
// `props` on demand); it is added to and removed from its layer by events.js and cluster.js.
// `extraClass` marks markers of a spider (spider.js); `look` restyles the icon (icon()).
export function marker(props, latlng, extraClass, look) {
  var m = L.marker(latlng, { icon: icon(props, extraClass, look), riseOnHover: true });
  m.on("add", function () {
    var node = m.getElement();
    if (node) {
      node.setAttribute("aria-label", tooltipText(props));
    }
    hookScroll(m._map);
  });
  // Before the popup opens (this listener comes before bindPopup's): pan it clear of the title.
  m.on("click", function () {
    var popupOf = m.getPopup();
    if (popupOf && m._map) {
      unscroll(m._map);
      popupOf.options.autoPanPaddingTopLeft = [5, topClearance(m._map) + 5];
    }
  });
  // Hovering a marker starts inflating the long texts (table.js `lazy`), so that its popup, most
  // likely clicked next, has them at once; a failure is reported by the popup that needs them.
  m.on("mouseover", function () {
    var more = typeof props.more === "function" ? props.more() : null;
    if (more) {
      more.catch(function () {});
    }
  });
  m.bindPopup(function () {
    return popup(props, function () {
      var open = m.getPopup();
      if (open && open.isOpen()) {
        open.update();
      }
    });
  }, { maxWidth: 340 });
  m.bindTooltip(function () { return tooltip(props); }, { direction: "right" });
  return m;
}

// Boxes drawn over the map, in container pixels: one box around the controls of each corner
// (so that a map with many controls still gives few boxes), the legend and the title.
export function boxesOver(map) {
  var container = map.getContainer();
  var outer = container.getBoundingClientRect();
  var rects = [];
  var corners = container.querySelectorAll(".leaflet-control-container > div");
  Array.prototype.forEach.call(corners, function (corner) {
    var union = null;
    Array.prototype.forEach.call(corner.querySelectorAll(".leaflet-control"), function (node) {
      var r = node.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) {
        return;
      }
      union = union === null ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : {
        left: Math.min(union.left, r.left), top: Math.min(union.top, r.top),
        right: Math.max(union.right, r.right), bottom: Math.max(union.bottom, r.bottom)
      };
    });
    if (union !== null) {
      rects.push(union);
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".geo-legend, .geo-title"), function (node) {
    rects.push(node.getBoundingClientRect());
  });
  var boxes = [];
  rects.forEach(function (rect) {
    var box = {
      left: Math.max(rect.left, outer.left) - outer.left,
      top: Math.max(rect.top, outer.top) - outer.top,
      right: Math.min(rect.right, outer.right) - outer.left,
      bottom: Math.min(rect.bottom, outer.bottom) - outer.top
    };
    if (box.right > box.left && box.bottom > box.top) {
      boxes.push(box);
    }
  });
  return boxes;
}

// The icon box of every marker on the map at `zoom`, in absolute pixels.
function markerBoxes(map, zoom) {
  var boxes = [];
  map.eachLayer(function (lyr) {
    if (lyr instanceof L.Marker) {
      var opts = lyr.options.icon.options;
      var size = L.point(opts.iconSize || [0, 0]);
      var anchor = opts.iconAnchor ? L.point(opts.iconAnchor) : size.divideBy(2);
      var p = map.project(lyr.getLatLng(), zoom);
      boxes.push({ x0: p.x - anchor.x, y0: p.y - anchor.y, x1: p.x + size.x - anchor.x, y1: p.y + size.y - anchor.y });
    }
  });
  return boxes;
}

function extentOf(boxes) {
  var min = L.point(Infinity, Infinity);
  var max = L.point(-Infinity, -Infinity);
  boxes.forEach(function (box) {
    min.x = Math.min(min.x, box.x0);
    min.y = Math.min(min.y, box.y0);
    max.x = Math.max(max.x, box.x1);
    max.y = Math.max(max.y, box.y1);
  });
  return { min: min, max: max, size: max.subtract(min) };
}

// The height of the top band of the map covered by the title and the top controls.
export function topClearance(map) {
  var half = map.getSize().y / 2;
  var bottom = 0;
  boxesOver(map).forEach(function (box) {
    if (box.bottom < half) {
      bottom = Math.max(bottom, box.bottom);
    }
  });
  return bottom;
}

// Open the map on its markers, as close as options.maxZoom allows, with every marker icon
// outside the title, legend and controls. Falls back to
// fitting options.bounds when no marker is shown.
export function fit(map, options) {
  var margin = options.margin;
  if (map._geoEvents && map._geoEvents.mode !== "markers") {
    fitFree(map, options.bounds, options);
    return;
  }
  if (!markerBoxes(map, map.getZoom()).length) {
    map.fitBounds(options.bounds, { padding: [margin + styles().size, margin + styles().size], maxZoom: options.maxZoom, animate: false });
    return;
  }
  var size = map.getSize();
  var top = Math.min(options.maxZoom, map.getMaxZoom());
  var bottom = Math.max(0, map.getMinZoom());
  var extents = {};
  for (var z = top; z >= bottom; z--) {
    extents[z] = extentOf(markerBoxes(map, z));
  }
  var best = null;
  paddings(boxesOver(map), size, margin).forEach(function (pad) {
    var free = L.point(size.x - pad[0] - pad[2], size.y - pad[1] - pad[3]);
    if (free.x <= 0 || free.y <= 0) {
      return;
    }
    for (var zoom = top; zoom >= bottom; zoom--) {
      var ext = extents[zoom];
      if (ext.size.x <= free.x && ext.size.y <= free.y) {
        var area = free.x * free.y;
        if (best === null || zoom > best.zoom || (zoom === best.zoom && area > best.area)) {
          best = { zoom: zoom, area: area, pad: pad, free: free };
        }
        return;
      }
    }
  });
  if (best === null) {
    best = { zoom: bottom, pad: [margin, margin, margin, margin], free: size.subtract([2 * margin, 2 * margin]) };
  }
  // Put the centre of the markers' extent at the centre of the free area.
  var ext = extents[best.zoom];
  var freeCentre = L.point(best.pad[0] + best.free.x / 2, best.pad[1] + best.free.y / 2);
  var pixel = ext.min.add(ext.max).divideBy(2).add(size.divideBy(2)).subtract(freeCentre);
  map.setView(map.unproject(pixel, best.zoom), best.zoom, { animate: false });
}

// Fit `bounds` ([[south, west], [north, east]]) into the largest part of the map left free by
// the boxes over it (used when the events are clustered rather than drawn one by one).
export function fitFree(map, bounds, options) {
  var size = map.getSize();
  var best = null;
  paddings(boxesOver(map), size, options.margin + styles().size / 2).forEach(function (pad) {
    var area = Math.max(0, size.x - pad[0] - pad[2]) * Math.max(0, size.y - pad[1] - pad[3]);
    if (best === null || area > best.area) {
      best = { area: area, pad: pad };
    }
  });
  var pad = best === null || best.area === 0 ? [options.margin, options.margin, options.margin, options.margin] : best.pad;
  map.fitBounds(bounds, { paddingTopLeft: [pad[0], pad[1]], paddingBottomRight: [pad[2], pad[3]], maxZoom: options.maxZoom, animate: false });
}
