/* geo map layout: the paddings of the opening view (runtime.js fit).
 *
 * Pure functions over pixel boxes (no Leaflet, no DOM). Markers are never moved away from their
 * points: overlaps are resolved by clusters (cells.js, cluster.js) and, on demand, by the spider
 * of a clicked cluster (spider.js).
 */

// Paddings [left, top, right, bottom] that keep every box over the map clear: each box is
// avoided either sideways or vertically, on its nearest side; all combinations are returned.
export function paddings(boxes, size, margin) {
  var result = [];
  boxes = boxes.slice(0, 10);
  for (var mask = 0; mask < (1 << boxes.length); mask++) {
    var pad = [0, 0, 0, 0];
    for (var i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      if (mask & (1 << i)) {
        if (b.top + b.bottom < size.y) {
          pad[1] = Math.max(pad[1], b.bottom);
        } else {
          pad[3] = Math.max(pad[3], size.y - b.top);
        }
      } else if (b.left + b.right < size.x) {
        pad[0] = Math.max(pad[0], b.right);
      } else {
        pad[2] = Math.max(pad[2], size.x - b.left);
      }
    }
    result.push(pad.map(function (p) { return Math.ceil(p) + margin; }));
  }
  return result;
}
