/** A small element builder: attributes, then children (strings become text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

export const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => {
  const e = document.querySelector<T>(sel);
  if (!e) throw new Error(`dashboard: ${sel} missing from index.html`);
  return e;
};

/** Only the last call's promise resolves into the view: older answers arriving late are dropped. */
export function latest<A extends unknown[], R>(fn: (signal: AbortSignal, ...args: A) => Promise<R>) {
  let current: AbortController | null = null;
  return async (...args: A): Promise<R | undefined> => {
    current?.abort();
    const mine = new AbortController();
    current = mine;
    try {
      const r = await fn(mine.signal, ...args);
      return mine.signal.aborted ? undefined : r;
    } catch (err) {
      if (mine.signal.aborted) return undefined;
      throw err;
    }
  };
}

/**
 * Resolves in a task after the frame showing what is in the DOM now has been painted (the second animation frame's
 * callbacks run once the first frame is out): work that need not be in that frame waits for it instead of delaying it.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
