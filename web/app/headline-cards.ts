import type { Headline } from "./brief-headlines.js";

/**
 * The brief's headline numbers as cards: a title, then per direction the figure in large type, its
 * interval, and the change against the base. A figure whose interval holds zero says so in words,
 * so a reader is not told of a saving the replications cannot show.
 */
export function headlineCards(document: Document, headlines: readonly Headline[], replications: number): HTMLElement {
  const list = document.createElement("div");
  list.className = "headlines";
  for (const headline of headlines) {
    const card = document.createElement("section");
    card.className = "headline";
    const title = document.createElement("h3");
    title.textContent = headline.title;
    card.append(title);
    for (const line of headline.lines) {
      const row = document.createElement("div");
      row.className = "headline-line";
      const direction = document.createElement("p");
      direction.className = "headline-direction";
      direction.textContent = line.direction;
      const value = document.createElement("p");
      value.className = "headline-value";
      value.textContent = line.value;
      const interval = document.createElement("p");
      interval.className = "headline-interval";
      interval.textContent = line.interval;
      row.append(direction, value, interval);
      if (line.change !== undefined) {
        const change = document.createElement("p");
        change.className = "headline-change";
        change.textContent = line.change;
        row.append(change);
      }
      if (line.uncertain) {
        const caution = document.createElement("p");
        caution.className = "headline-caution";
        caution.textContent = `Not distinguishable from no change with ${replications} replications: run more before quoting it.`;
        row.append(caution);
      }
      card.append(row);
    }
    list.append(card);
  }
  return list;
}
