// geo/review/static/model.js: the review state without a DOM (decisions, undo, progress).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  History, accept, addedItem, decisionsOf, effective, makeItems, missing, progress, reject, setField,
} from "../../geo/review/static/model.js";

function article() {
  const props = {
    id: "mention-x", name: "Erbil", place: "Erbil", gazetteer_id: "geonames:95446", feature_class: "city",
    country: "IQ", event_type: "mention", date: "2023-07-12", actors: [], mentions: [{ start: 45, end: 50 }],
  };
  const events = [
    { key: "e0", id: "mention-x", fingerprint: "f0", mentions: [[45, 50]], properties: props, lon: 44, lat: 36, decision: null },
    { key: "e1", id: "mention-y", fingerprint: "f1", mentions: [[60, 65]], properties: { ...props, id: "mention-y" }, lon: 44, lat: 36,
      decision: { action: "edit", set: { troops: 4 } } },
  ];
  const art = { sha256: "s", events, added: [{ action: "add", mentions: [[1, 3]], set: { event_type: "strike" } }] };
  art.items = makeItems(art);
  return art;
}

test("earlier decisions come back; an edit accepts with the change", () => {
  const art = article();
  assert.deepEqual(art.items.map((i) => i.action), [null, "edit", "add"]);
  setField(art.items[0], "event_type", "deployment");
  assert.equal(art.items[0].action, "edit");
  accept(art.items[0]);
  assert.equal(art.items[0].action, "edit");
  assert.equal(effective(art.items[0]).event_type, "deployment");
  assert.equal(effective(art.items[1]).troops, 4);
});

test("a place change replaces every place field; mentions follow a link", () => {
  const item = article().items[0];
  setField(item, "place", { place: "Point", gazetteer_id: "point:1,2", feature_class: "facility", country: null,
    geo_precision: 1, lon: 1, lat: 2 });
  setField(item, "mentions", [[45, 50], [70, 80]]);
  const props = effective(item);
  assert.deepEqual([props.gazetteer_id, props.country, props.lon, props.lat], ["point:1,2", null, 1, 2]);
  assert.deepEqual(props.mentions, [{ start: 45, end: 50 }, { start: 70, end: 80 }]);
});

test("decisions carry what the server checks; added events need a type, a date and a place", () => {
  const art = article();
  accept(art.items[0]);
  reject(art.items[1]);
  assert.deepEqual(missing(art.items[2]), ["date", "place"]);
  const sent = decisionsOf(art);
  assert.deepEqual(sent.decisions[0], { action: "accept", mentions: [[45, 50]], was: { id: "mention-x", fingerprint: "f0" } });
  assert.deepEqual(sent.decisions[1], { action: "reject", mentions: [[60, 65]], was: { id: "mention-y", fingerprint: "f1" } });
  assert.equal(sent.decisions[2].action, "add");
  assert.equal("was" in sent.decisions[2], false);
  reject(art.items[2]);
  assert.equal(art.items[2].action, "removed");
  assert.equal(decisionsOf(art).decisions.length, 2);
});

test("progress counts decided events over the batch; undo restores an article", () => {
  const art = article();
  assert.deepEqual(progress([art]), { done: 2, total: 3 });
  const history = new History();
  history.remember(art, "e0");
  reject(art.items[0]);
  art.items.push(addedItem("n1", [[5, 9]], {}));
  assert.deepEqual(progress([art]), { done: 4, total: 4 });
  const back = history.undo();
  assert.equal(back.current, "e0");
  assert.deepEqual(progress([art]), { done: 2, total: 3 });
  assert.equal(history.undo(), null);
});
