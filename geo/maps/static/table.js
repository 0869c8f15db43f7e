/* geo map data: decoding the columnar event table of a map page (geo/maps/table.py).
 *
 * Pure (no DOM, no Leaflet). The table has n rows; lon and lat are integers scaled by `scale`;
 * t0 is the first day (days since 1970-01-01, null for an open start) and t1 the last day relative
 * to t0 (absolute when t0 is null; null for an open end); w (aggregated tables) is the number of
 * events of each row; every field is dictionary-encoded as { v: distinct values, c: codes }, c
 * being 0 (every row has the first value), a string of one CODE_ALPHABET character per row, or a
 * list of integers. A large table may ship the popup's long texts in `lazy`: { fields: [names], z:
 * base64 of the zlib-compressed JSON {name: values} }, those fields carrying codes only; they are
 * inflated (by the function given to decode, lazy.js in the page) the first time they are asked for.
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
// -Infinity and Infinity. `inflate(z)` (a Promise of the parsed JSON) reads the lazy block.
export function decode(data, inflate) {
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
    d.fields[name] = { values: f.v === undefined ? null : f.v, codes: decodeCodes(f.c, n) };
  });
  d.lazy = data.lazy ? { z: data.lazy.z, fields: data.lazy.fields, inflate: inflate || null, promise: null } : null;
  return d;
}

// Whether the lazy fields of `d` still wait to be inflated.
export function pending(d) {
  return d.lazy !== null && d.lazy.fields.some(function (name) { return d.fields[name].values === null; });
}

// A Promise resolved once the lazy fields of `d` have their values (inflated once, on first call).
export function complete(d) {
  if (!pending(d)) {
    return Promise.resolve(d);
  }
  var lazy = d.lazy;
  if (lazy.promise === null) {
    if (!lazy.inflate) {
      return Promise.reject(new Error("no way to read the compressed texts"));
    }
    lazy.promise = lazy.inflate(lazy.z).then(function (values) {
      lazy.fields.forEach(function (name) {
        d.fields[name].values = values[name];
      });
      lazy.z = null;
      return d;
    }, function (err) {
      lazy.promise = null;  // a later popup tries again
      throw err;
    });
  }
  return lazy.promise;
}

// The value of field `name` in row i of decoded table `d` (null without that field; undefined
// while a lazy field is not inflated).
export function value(d, name, i) {
  var f = d.fields[name];
  if (!f) {
    return null;
  }
  return f.values === null ? undefined : f.values[f.codes[i]];
}

// The properties of row i, as the popups expect them. A lazy field is read when asked for (a
// getter), so properties taken before the inflation see the values after it; the non-enumerable
// `more()` is then a Promise of the inflation (null when nothing is pending).
export function props(d, i) {
  var out = {};
  Object.keys(d.fields).forEach(function (name) {
    if (d.lazy !== null && d.lazy.fields.indexOf(name) >= 0) {
      Object.defineProperty(out, name, {
        enumerable: true, get: function () { return value(d, name, i); }
      });
    } else {
      out[name] = value(d, name, i);
    }
  });
  if (d.lazy !== null) {
    Object.defineProperty(out, "more", {
      enumerable: false, value: function () { return pending(d) ? complete(d) : null; }
    });
  }
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
