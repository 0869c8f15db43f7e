/* geo map spider: where the members of a clicked cluster are shown, around the cluster.
 *
 * Pure (no DOM, no Leaflet). Markers never move away from their points; only on demand (a click
 * on a cluster) are its members laid out around it, each with a leg to its own point, as
 * Leaflet.markercluster's "spiderfy" does: up to CIRCLE_MAX on one circle just wide enough for
 * them, more on an Archimedean spiral whose turns stay `spacing` apart.
 */

// Up to this many members share one circle.
export const CIRCLE_MAX = 9;

// Pixel offsets [dx, dy] (y down) of `count` members around a cluster, no two centres closer than
// about `spacing`; the first is at the top, the others follow clockwise.
export function spiderOffsets(count, spacing) {
  var out = [];
  if (count <= 0) {
    return out;
  }
  if (count === 1) {
    return [[0, -spacing]];
  }
  if (count <= CIRCLE_MAX) {
    var radius = Math.max(spacing, spacing / (2 * Math.sin(Math.PI / count)));
    for (var i = 0; i < count; i++) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / count;
      out.push([Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
    }
    return out;
  }
  // Spiral r = a * theta with a = spacing / (2 pi): successive turns lie `spacing` apart; each
  // step moves `spacing` along the curve (arc length of a small step: r * dtheta).
  var a = spacing / (2 * Math.PI);
  var theta = 2 * Math.PI;
  for (var k = 0; k < count; k++) {
    var r = a * theta;
    out.push([Math.round(r * Math.cos(theta - Math.PI / 2)), Math.round(r * Math.sin(theta - Math.PI / 2))]);
    theta += spacing / r;
  }
  return out;
}

// The radius of the spider of `count` members: the distance of its farthest offset.
export function spiderRadius(count, spacing) {
  var radius = 0;
  spiderOffsets(count, spacing).forEach(function (o) {
    radius = Math.max(radius, Math.sqrt(o[0] * o[0] + o[1] * o[1]));
  });
  return radius;
}
