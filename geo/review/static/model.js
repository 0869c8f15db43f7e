// The review state, without DOM: items (extracted or added events), their decisions, undo, progress,
// and the decisions the page saves (the shape geo.review.decisions.Decision checks).

const PLACE_KEYS = ["place", "gazetteer_id", "feature_class", "country", "geo_precision", "lon", "lat"];

export function makeItems(article) {
  const items = article.events.map((ev) => {
    const decision = ev.decision || null;
    return {
      key: ev.key,
      origin: "extracted",
      was: { id: ev.id, fingerprint: ev.fingerprint },
      mentions: ev.mentions,
      original: { ...ev.properties, lon: ev.lon, lat: ev.lat },
      action: decision ? decision.action : null,
      set: decision && decision.set ? { ...decision.set } : {},
    };
  });
  article.added.forEach((decision, i) => {
    items.push(addedItem(`a${i}`, decision.mentions, { ...decision.set }));
  });
  return items;
}

export function addedItem(key, mentions, set) {
  return { key, origin: "added", was: null, mentions, original: null, action: "add", set };
}

// The properties shown for an item: the extracted ones with the review's changes over them.
export function effective(item) {
  const props = item.original ? { ...item.original } : { actors: [], lon: null, lat: null };
  for (const [name, value] of Object.entries(item.set)) {
    if (name === "place") {
      for (const key of PLACE_KEYS) {
        props[key] = value ? value[key] : null;
      }
    } else {
      props[name] = value;
    }
  }
  if (!props.mentions || item.set.mentions) {
    props.mentions = (item.set.mentions || item.mentions).map(([start, end]) => ({ start, end }));
  }
  if (!props.name && props.place) {
    props.name = props.place;
  }
  return props;
}

export function isDecided(item) {
  return item.action !== null && item.action !== undefined;
}

export function setField(item, name, value) {
  item.set = { ...item.set, [name]: value };
  if (item.origin === "extracted") {
    item.action = "edit";
  }
}

export function accept(item) {
  if (item.origin === "extracted") {
    item.action = Object.keys(item.set).length ? "edit" : "accept";
  }
}

export function reject(item) {
  item.action = item.origin === "added" ? "removed" : "reject";
}

export function missing(item) {
  if (item.action === "reject" || item.action === "removed" || item.origin !== "added") {
    return [];
  }
  return ["event_type", "date", "place"].filter((name) => !item.set[name]);
}

export function progress(articles) {
  let done = 0;
  let total = 0;
  for (const article of articles) {
    for (const item of article.items) {
      if (item.action === "removed") {
        continue;
      }
      total += 1;
      done += isDecided(item) ? 1 : 0;
    }
  }
  return { done, total };
}

export function decisionsOf(article) {
  const decisions = [];
  for (const item of article.items) {
    if (!isDecided(item) || item.action === "removed") {
      continue;
    }
    const decision = { action: item.action, mentions: item.mentions };
    if (item.origin === "extracted") {
      decision.was = item.was;
    }
    if (item.action === "edit" || item.action === "add") {
      decision.set = item.set;
    }
    decisions.push(decision);
  }
  return { sha256: article.sha256, decisions };
}

// Undo: snapshots of one article's items, taken before each change.
export class History {
  constructor() {
    this.stack = [];
  }

  remember(article, current) {
    this.stack.push({ article, current, items: JSON.stringify(article.items) });
    if (this.stack.length > 500) {
      this.stack.shift();
    }
  }

  undo() {
    const last = this.stack.pop();
    if (!last) {
      return null;
    }
    last.article.items = JSON.parse(last.items);
    return last;
  }
}
