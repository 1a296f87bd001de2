/**
 * The live preview's HTML comes from the server (POST /api/v1/apps/:appId/render): site-kit's
 * components read the file system and never run in the browser. Requests are cached by the
 * section's props, debounced while someone types, and batched: every section that changed within
 * one window goes to the server in one call. A section keeps its last HTML until the new one
 * arrives, so the preview never flickers.
 */
import { api } from '../../../api/client';

export interface Rendered {
  html: string;
  issues: { path: string; message: string }[];
}

interface Pending {
  id: string;
  type: string;
  props: Record<string, unknown>;
  key: string;
}

const DEBOUNCE_MS = 8;
const MAX_BATCH = 120;
const CACHE_LIMIT = 800;

export class PreviewRenderer {
  private cache = new Map<string, Rendered>();
  private latest = new Map<string, Rendered>();
  private listeners = new Map<string, Set<() => void>>();
  private pending = new Map<string, Pending>();
  private inFlight = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** CSS per set of section types: the server sends the CSS of the types it rendered. */
  private css = new Map<string, string>();
  private cssListeners = new Set<() => void>();
  private cssSnapshot: string[] = [];

  constructor(private readonly appId: string) {}

  static keyOf(type: string, props: unknown): string {
    return `${type}\u0000${JSON.stringify(props)}`;
  }

  /** The HTML to show for a section now: its current props' render, or its last one. */
  get(id: string, key: string): Rendered | undefined {
    return this.cache.get(key) ?? this.latest.get(id);
  }

  /** Asks for a section's render; a cached one is used at once. */
  want(id: string, type: string, props: Record<string, unknown>, key: string): void {
    const hit = this.cache.get(key);
    if (hit) {
      if (this.latest.get(id) !== hit) {
        this.latest.set(id, hit);
        this.emit(id);
      }
      return;
    }
    if (this.inFlight.has(key)) return;
    this.pending.set(id, { id, type, props, key });
    if (this.timer) clearTimeout(this.timer);
    // Everything asked for within the window (one frame's renders, a burst of keystrokes) goes in one batch.
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /**
   * Asks for a section's render at once, with no debounce: called from the editor's action hook
   * while Puck is still re-rendering the canvas, so the server round trip overlaps that work.
   */
  prefetch(id: string, type: string, props: Record<string, unknown>): void {
    const key = PreviewRenderer.keyOf(type, props);
    if (this.cache.has(key) || this.inFlight.has(key)) return;
    this.pending.set(id, { id, type, props, key });
    if (this.timer) clearTimeout(this.timer);
    void this.flush();
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  subscribeCss(listener: () => void): () => void {
    this.cssListeners.add(listener);
    return () => this.cssListeners.delete(listener);
  }

  /** Every CSS text received, one per set of section types (stable array while unchanged). */
  cssTexts(): string[] {
    return this.cssSnapshot;
  }

  private emit(id: string): void {
    for (const l of this.listeners.get(id) ?? []) l();
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const batch = [...this.pending.values()].slice(0, MAX_BATCH);
    for (const item of batch) {
      this.pending.delete(item.id);
      this.inFlight.add(item.key);
    }
    if (this.pending.size > 0) this.timer = setTimeout(() => void this.flush(), 0);
    if (batch.length === 0) return;
    try {
      const { data } = await api.POST('/api/v1/apps/{appId}/render', {
        params: { path: { appId: this.appId } },
        body: { sections: batch.map(({ id, type, props }) => ({ id, type, props })) },
      });
      if (!data) return;
      const types = [...new Set(batch.map((b) => b.type))].sort().join(',');
      if (data.css && this.css.get(types) !== data.css) {
        this.css.set(types, data.css);
        this.cssSnapshot = [...this.css.values()];
        for (const l of this.cssListeners) l();
      }
      data.sections.forEach((section, index) => {
        const item = batch[index];
        if (!item) return;
        const rendered = { html: section.html, issues: section.issues };
        if (this.cache.size > CACHE_LIMIT) this.cache.clear();
        this.cache.set(item.key, rendered);
        // Only the newest request of a section replaces what it shows.
        if (!this.pending.has(item.id)) {
          this.latest.set(item.id, rendered);
          this.emit(item.id);
        }
      });
    } catch {
      // Offline: the preview keeps its last HTML; the next edit asks again.
    } finally {
      for (const item of batch) this.inFlight.delete(item.key);
    }
  }
}
