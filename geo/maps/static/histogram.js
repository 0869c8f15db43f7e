/* geo map histogram: events per stretch of time over the period control's domain.
 *
 * Pure (no DOM, no Leaflet). counts sums the rows chosen by a predicate into `bins` equal
 * stretches of the domain [first, last] (day numbers) by their first day (their last day when the
 * start is open); undated rows and rows outside the domain are left out. dayAt maps a position
 * along the histogram back to a day (brushing sets the period).
 */

// Events per bin: a Float64Array of `bins` counts (weights w, or 1 per row).
export function counts(d, include, domain, bins) {
  var out = new Float64Array(bins);
  var span = domain[1] - domain[0] + 1;
  for (var i = 0; i < d.n; i++) {
    if (!include(i)) {
      continue;
    }
    var day = isFinite(d.t0[i]) ? d.t0[i] : d.t1[i];
    if (!isFinite(day) || day < domain[0] || day > domain[1]) {
      continue;
    }
    var k = Math.min(bins - 1, Math.floor((day - domain[0]) / span * bins));
    out[k] += d.w ? d.w[i] : 1;
  }
  return out;
}

// The first day of bin k, and the last.
export function binDays(domain, bins, k) {
  var span = domain[1] - domain[0] + 1;
  var first = domain[0] + Math.ceil(k * span / bins);
  var last = domain[0] + Math.ceil((k + 1) * span / bins) - 1;
  return [first, Math.min(domain[1], last)];
}

// The day at fraction f (0..1) of the histogram's width.
export function dayAt(domain, f) {
  var clamped = Math.max(0, Math.min(1, f));
  return Math.round(domain[0] + clamped * (domain[1] - domain[0]));
}
