/* geo map events: filters the decoded event table of a map (period, missions, place search,
 * layers) and draws it as one marker per event ("markers" mode) or hands it to cluster.js
 * ("cluster" and "aggregate" modes).
 *
 * The data format is described in geo/maps/table.py and decoded by table.js. stats() reports what
 * each map on the page shows; main.js publishes it as the read-only debug hook window.geoMap
 * (tests count markers and cluster members with it).
 */
import { create as createCluster } from "./cluster.js";
import { add as addControls } from "./controls.js";
import { inflateJson } from "./lazy.js";
import { marker } from "./runtime.js";
import { styles as configuredStyles } from "./styles.js";
import { decode, fold, isoDay, pending, props, value } from "./table.js";
import { str } from "./text.js";

var CONTROLLERS = [];
// date texts of an event without bounds that is undated: none, or EDTF XXXX (an unknown date)
var UNDATED = new Set(["", "XXXX"]);

// Numeric columns `names` of decoded table `d` as Float64Arrays (NaN where not a number).
function numbers(d, names) {
  var out = {};
  names.forEach(function (name) {
    var f = d.fields[name];
    if (!f) {
      return;
    }
    var per = f.values.map(function (v) { return typeof v === "number" && isFinite(v) ? v : NaN; });
    var arr = new Float64Array(d.n);
    for (var i = 0; i < d.n; i++) {
      arr[i] = per[f.codes[i]];
    }
    out[name] = arr;
  });
  return out;
}

function Controller(map, data, groups, options) {
  var styles = configuredStyles();
  this.map = map;
  this.options = options;
  this.mode = options.mode;
  this.d = decode(data, inflateJson);
  this.colorBy = options.colorBy || null;  // { field, kind, classes: [{ label, color }] }
  this.sizeBy = options.sizeBy || null;    // { field, max }
  this.num = numbers(this.d, ["fatalities", "troops"]);
  this.groups = styles.layers.map(function (name) { return groups[name]; });
  this.layerNames = styles.layers;
  var d = this.d;
  // Layer of each event_type value.
  var types = d.fields.event_type ? d.fields.event_type.values : [null];
  this.typeLayer = types.map(function (t) {
    var style = typeof t === "string" && Object.prototype.hasOwnProperty.call(styles.types, t) ? styles.types[t] : styles.unknown;
    return style.layer;
  });
  this.layerOf = new Int32Array(d.n);
  var typeCodes = d.fields.event_type ? d.fields.event_type.codes : new Int32Array(d.n);
  var lo = Infinity;
  var hi = -Infinity;
  var undated = 0;
  this.undated = new Uint8Array(d.n);
  for (var i = 0; i < d.n; i++) {
    this.layerOf[i] = this.typeLayer[typeCodes[i]];
    if (isFinite(d.t0[i])) {
      lo = Math.min(lo, d.t0[i]);
      hi = Math.max(hi, d.t0[i]);
    }
    if (isFinite(d.t1[i])) {
      lo = Math.min(lo, d.t1[i]);
      hi = Math.max(hi, d.t1[i]);
    }
    // no bound and no date, or the unknown date XXXX (docs/schema.md): shown whatever the period
    if (!isFinite(d.t0[i]) && !isFinite(d.t1[i]) && UNDATED.has(str(value(d, "date", i)))) {
      this.undated[i] = 1;
      undated += this.weight(i);
    }
  }
  this.domain = lo <= hi ? [lo, hi] : null;
  this.undatedCount = undated;
  this.period = this.domain ? this.domain.slice() : [-Infinity, Infinity];
  this.missionAllowed = null; // null: every mission; else an array of booleans per mission code
  this.placeAllowed = null;   // null: no search; else { place: [bool per code], name: [...] }
  this.fieldAllowed = {};     // field name -> [bool per value code] (filters.js); absent: no filter
  this.active = new Uint8Array(d.n);
  this.other = new Uint8Array(d.n);   // passes every filter but the period (the histogram)
  this.markers = {};          // event index -> L.Marker (markers mode, and single events of clusters)
  this.listeners = [];
  this.computeActive();
  if (this.mode === "markers") {
    this.draw = this.drawMarkers;
  } else {
    this.cluster = createCluster(this);
    this.draw = function () { this.cluster.refresh(); };
  }
  this.draw();
}

Controller.prototype.weight = function (i) {
  return this.d.w ? this.d.w[i] : 1;
};

Controller.prototype.props = function (i) {
  return props(this.d, i);
};

Controller.prototype.latlng = function (i) {
  return L.latLng(this.d.lat[i], this.d.lon[i]);
};

Controller.prototype.computeActive = function () {
  var d = this.d;
  var from = this.period[0];
  var to = this.period[1];
  var missions = d.fields.mission ? d.fields.mission.codes : null;
  var places = d.fields.place ? d.fields.place.codes : null;
  var names = d.fields.name ? d.fields.name.codes : null;
  var pa = this.placeAllowed;
  var ma = this.missionAllowed;
  var fa = this.fieldAllowed;
  var filters = Object.keys(fa).map(function (name) { return [d.fields[name].codes, fa[name]]; });
  for (var i = 0; i < d.n; i++) {
    var on = true;
    if (on && ma !== null && missions !== null) {
      on = ma[missions[i]];
    }
    if (on && pa !== null) {
      on = (places !== null && pa.place[places[i]]) || (names !== null && pa.name[names[i]]);
    }
    for (var k = 0; on && k < filters.length; k++) {
      on = filters[k][1][filters[k][0][i]];
    }
    this.other[i] = on ? 1 : 0;
    this.active[i] = on && (this.undated[i] === 1 || (d.t0[i] <= to && d.t1[i] >= from)) ? 1 : 0;
  }
};

Controller.prototype.update = function () {
  this.computeActive();
  this.draw();
  var self = this;
  this.listeners.forEach(function (fn) { fn(self); });
};

Controller.prototype.onUpdate = function (fn) {
  this.listeners.push(fn);
};

Controller.prototype.setPeriod = function (from, to) {
  this.period = [Math.min(from, to), Math.max(from, to)];
  this.update();
};

// Keep only events whose field `name` has a value flagged in `allowed` (one flag per value code;
// null lifts the filter).
Controller.prototype.setFilter = function (name, allowed) {
  if (allowed === null) {
    delete this.fieldAllowed[name];
  } else {
    this.fieldAllowed[name] = allowed;
  }
  this.update();
};

Controller.prototype.setMissions = function (allowed) {
  this.missionAllowed = allowed;
  this.update();
};

// Keep only events whose place or written name contains `query` (case and accents ignored);
// an empty query clears the search. Returns the number of matching place names.
Controller.prototype.search = function (query) {
  var q = fold(query).trim();
  if (q === "") {
    this.placeAllowed = null;
    this.update();
    return 0;
  }
  var found = 0;
  var match = function (values) {
    return (values || []).map(function (v) {
      var ok = typeof v === "string" && fold(v).indexOf(q) !== -1;
      found += ok ? 1 : 0;
      return ok;
    });
  };
  var d = this.d;
  this.placeAllowed = {
    place: match(d.fields.place && d.fields.place.values),
    name: match(d.fields.name && d.fields.name.values)
  };
  this.update();
  return found;
};

// Bounds of the active events of the shown layers, or null.
Controller.prototype.activeBounds = function () {
  var d = this.d;
  var shown = this.shownLayers();
  var s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
  for (var i = 0; i < d.n; i++) {
    if (this.active[i] && shown[this.layerOf[i]]) {
      s = Math.min(s, d.lat[i]);
      n = Math.max(n, d.lat[i]);
      w = Math.min(w, d.lon[i]);
      e = Math.max(e, d.lon[i]);
    }
  }
  return s <= n ? [[s, w], [n, e]] : null;
};

Controller.prototype.shownLayers = function () {
  var map = this.map;
  return this.groups.map(function (g) { return !!g && map.hasLayer(g); });
};

// The colour and size of event i's marker under --color-by/--size-by (null: its type's).
Controller.prototype.lookOf = function (i) {
  if (!this.colorBy && !this.sizeBy) {
    return null;
  }
  var look = {};
  if (this.colorBy) {
    look.color = this.colorBy.classes[value(this.d, "__color", i)].color;
  }
  if (this.sizeBy) {
    look.size = value(this.d, "__size", i);
  }
  return look;
};

// The colour class of every row (--color-by), else null.
Controller.prototype.classCodes = function () {
  return this.colorBy && this.d.fields.__color ? this.d.fields.__color.codes : null;
};

Controller.prototype.markerOf = function (i) {
  var m = this.markers[i];
  if (!m) {
    m = this.markers[i] = marker(this.props(i), this.latlng(i), null, this.lookOf(i));
    m._geoIndex = i;
  }
  return m;
};

// Markers mode: every active event has its marker in its layer's group.
Controller.prototype.drawMarkers = function () {
  var d = this.d;
  for (var i = 0; i < d.n; i++) {
    var group = this.groups[this.layerOf[i]];
    if (!group) {
      continue;
    }
    var has = this.markers[i] && group.hasLayer(this.markers[i]);
    if (this.active[i] && !has) {
      group.addLayer(this.markerOf(i));
    } else if (!this.active[i] && has) {
      group.removeLayer(this.markers[i]);
    }
  }
};

Controller.prototype.stats = function () {
  var d = this.d;
  var shown = this.shownLayers();
  var perLayer = {};
  var activeEvents = 0;
  var shownEvents = 0;
  var self = this;
  this.layerNames.forEach(function (name) { perLayer[name] = 0; });
  for (var i = 0; i < d.n; i++) {
    if (this.active[i]) {
      var w = this.weight(i);
      activeEvents += w;
      if (shown[this.layerOf[i]]) {
        shownEvents += w;
        perLayer[this.layerNames[this.layerOf[i]]] += w;
      }
    }
  }
  var out = {
    mode: this.mode,
    rows: d.n,
    events: d.w ? d.w.reduce(function (a, b) { return a + b; }, 0) : d.n,
    active: activeEvents,
    shown: shownEvents,
    perLayer: perLayer,
    undated: this.undatedCount,
    period: this.domain ? [isoDay(Math.max(this.period[0], this.domain[0])), isoDay(Math.min(this.period[1], this.domain[1]))] : null,
    domain: this.domain ? [isoDay(this.domain[0]), isoDay(this.domain[1])] : null,
    aggregation: d.aggregation,
    density: this.density && this.density.last ? this.density.last : null,
    textsPending: pending(d)  // the long texts are still compressed (table.js lazy)
  };
  if (this.mode === "markers") {
    var onMap = 0;
    Object.keys(this.markers).forEach(function (k) {
      if (self.markers[k]._map) {
        onMap += 1;
      }
    });
    out.markers = onMap;
    out.clusters = 0;
    out.clusterMembers = 0;
  } else {
    var c = this.cluster.stats();
    Object.keys(c).forEach(function (k) { out[k] = c[k]; });
  }
  return out;
};

// Draw `data` on `map`: groups maps layer names to their FeatureGroups; options.mode is
// "markers", "cluster" or "aggregate".
export function init(map, data, groups, options) {
  var ctl = new Controller(map, data, groups, options);
  CONTROLLERS.push(ctl);
  map._geoEvents = ctl;
  addControls(ctl, options.controls || {});
  return ctl;
}

// What map `k` (default the first) shows: mode, events, active (after filters), shown (also in
// shown layers), markers, clusters, clusterMembers, perLayer, period...; null without that map.
export function stats(k) {
  var ctl = CONTROLLERS[k || 0];
  return ctl ? ctl.stats() : null;
}

// How many maps of the page have their events drawn.
export function count() {
  return CONTROLLERS.length;
}
