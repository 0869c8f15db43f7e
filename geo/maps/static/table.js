/* geo map data: decoding the columnar event table of a map page (geo/maps/table.py).
 *
 * Pure (no DOM, no Leaflet). The table has n rows; lon and lat are integers scaled by `scale`;
 * t0 is the first day (days since 1970-01-01, null for an open start) and t1 the last day relative
 * to t0 (absolute when t0 is null; null for an open end); w (aggregated tables) is the number of
 * events of each row; every field is dictionary-encoded as { v: distinct values, c: codes }, c
 * being 0 (every row has the first value), a string of one CODE_ALPHABET character per row, or a
 * list of integers.
 */

export const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The codes `c` of a field of `n` rows as an Int32Array.
export function decodeCodes(c, n) {
  var codes = new Int32Array(n);
  if (typeof c === "string") {
    var lookup = {};
    for (var k = 0; k < CODE_ALPHABET.length; k++) {
      lookup[CODE_ALPHABET.charCodeAt(k)] = k;
    }
    for (var i = 0; i < n; i++) {
      codes[i] = lookup[c.charCodeAt(i)];
    }
  } else if (Array.isArray(c)) {
    codes.set(c);
  }
  return codes;
}

// Typed arrays of the columns; Web Mercator x/y in [0, 1] for clustering; open bounds as
// -Infinity and Infinity.
export function decode(data) {
  var n = data.n;
  var d = {
    n: n, lat: new Float64Array(n), lon: new Float64Array(n), mx: new Float64Array(n),
    my: new Float64Array(n), t0: new Float64Array(n), t1: new Float64Array(n),
    w: data.w ? Float64Array.from(data.w) : null, fields: {}, aggregation: data.aggregation || null
  };
  for (var i = 0; i < n; i++) {
    var lon = data.lon[i] / data.scale;
    var lat = data.lat[i] / data.scale;
    d.lon[i] = lon;
    d.lat[i] = lat;
    d.mx[i] = (lon + 180) / 360;
    var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
    d.my[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    var a = data.t0[i];
    var b = data.t1[i];
    d.t0[i] = a === null ? -Infinity : a;
    d.t1[i] = b === null ? Infinity : (a === null ? b : a + b);
  }
  Object.keys(data.fields).forEach(function (name) {
    var f = data.fields[name];
    d.fields[name] = { values: f.v, codes: decodeCodes(f.c, n) };
  });
  return d;
}

// The value of field `name` in row i of decoded table `d` (null without that field).
export function value(d, name, i) {
  var f = d.fields[name];
  return f ? f.values[f.codes[i]] : null;
}

// The properties of row i, as the popups expect them.
export function props(d, i) {
  var out = {};
  Object.keys(d.fields).forEach(function (name) {
    out[name] = value(d, name, i);
  });
  return out;
}

// `text` for matching: accents removed, lower case.
export function fold(text) {
  return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

// Day number (days since 1970-01-01) as an ISO date.
export function isoDay(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// The latitude and longitude of Web Mercator x/y in [0, 1] (the inverse of decode's mx, my).
export function latLngOf(x, y) {
  var lon = x * 360 - 180;
  var n = Math.PI - 2 * Math.PI * y;
  var lat = 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  return [lat, lon];
}
