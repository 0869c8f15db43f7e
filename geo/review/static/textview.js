// The article text with every mention highlighted by its event's type, and offsets of a selection.
// Offsets are in code points (as Python counts them), not UTF-16 units.

import { el, clear } from "./dom.js";

export function renderText(container, text, marks, colors, onPick) {
  clear(container);
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(chars.length, mark.start)));
    cuts.add(Math.max(0, Math.min(chars.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const piece = chars.slice(start, end).join("");
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    if (!covering.length) {
      container.append(el("span", { dataset: { start: String(start) } }, piece));
      continue;
    }
    const first = covering.find((m) => m.current) || covering[0];
    const node = el(
      "mark",
      {
        dataset: { start: String(start), key: first.key, type: first.type },
        class: covering.some((m) => m.current) ? "current" : null,
        title: covering.map((m) => m.label).join("; "),
        onclick: () => onPick(first.key),
      },
      piece,
    );
    node.style.setProperty("--type-color", colors[first.type] || "#999");
    container.append(node);
  }
}

function pointOffset(container, node, offset) {
  let chunk = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (chunk === container) {
    const child = container.childNodes[Math.min(offset, container.childNodes.length - 1)];
    if (!child) {
      return null;
    }
    return offset >= container.childNodes.length
      ? Number(child.dataset.start) + Array.from(child.textContent).length
      : Number(child.dataset.start);
  }
  while (chunk && chunk.parentElement !== container) {
    chunk = chunk.parentElement;
  }
  if (!chunk || chunk.dataset.start === undefined) {
    return null;
  }
  const before = node.nodeType === Node.TEXT_NODE ? node.textContent.slice(0, offset) : "";
  return Number(chunk.dataset.start) + Array.from(before).length;
}

// The selected span of the article as [start, end) code points, trimmed of spaces, or null.
export function selectionSpan(container, text) {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) {
    return null;
  }
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
    return null;
  }
  let start = pointOffset(container, range.startContainer, range.startOffset);
  let end = pointOffset(container, range.endContainer, range.endOffset);
  if (start === null || end === null) {
    return null;
  }
  const chars = Array.from(text);
  while (start < end && /\s/u.test(chars[start])) {
    start += 1;
  }
  while (end > start && /\s/u.test(chars[end - 1])) {
    end -= 1;
  }
  return start < end ? [start, end] : null;
}

export function spanText(text, [start, end]) {
  return Array.from(text).slice(start, end).join("");
}
