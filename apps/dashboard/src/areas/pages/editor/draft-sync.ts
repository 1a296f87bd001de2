/**
 * Autosave of the draft. Every change is first written to localStorage (one queue entry per page),
 * then sent (PUT …/pages/:pageId) after a short pause. When the server cannot be reached the entry
 * stays and is retried with backoff and when the browser says it is online again — an edit is never
 * lost. The entry is removed only once the server has stored exactly that content.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../../api/client';
import { ApiError, messageOf, toApiError } from '../../../api/errors';
import type { PageDetail, SectionData } from '../queries';

export type SyncState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'saving' }
  | { kind: 'pending' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string };

interface Queued {
  sections: SectionData[];
  at: number;
}

const SAVE_DELAY_MS = 800;

export const queueKey = (appId: string, pageId: string) => `qspace:draft:${appId}:${pageId}`;

export function readQueued(appId: string, pageId: string): Queued | null {
  try {
    const raw = localStorage.getItem(queueKey(appId, pageId));
    return raw ? (JSON.parse(raw) as Queued) : null;
  } catch {
    return null;
  }
}

export class DraftSync {
  private state: SyncState = { kind: 'saved', at: null };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private retries = 0;
  private disposed = false;

  constructor(
    private readonly appId: string,
    private readonly pageId: string,
    private readonly onSaved: (page: PageDetail) => void,
  ) {
    window.addEventListener('online', this.retryNow);
    if (readQueued(appId, pageId)) this.schedule(0);
  }

  /** Starts listening again (React may unmount and mount the same editor in development). */
  revive(): void {
    this.disposed = false;
    window.addEventListener('online', this.retryNow);
  }

  dispose(): void {
    this.disposed = true;
    window.removeEventListener('online', this.retryNow);
    if (this.timer) clearTimeout(this.timer);
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Records an edit: queued locally at once, sent after a pause. */
  change(sections: SectionData[]): void {
    const entry: Queued = { sections, at: Date.now() };
    try {
      localStorage.setItem(queueKey(this.appId, this.pageId), JSON.stringify(entry));
    } catch {
      // Storage full or blocked: the edit still goes to the server below.
      this.memory = entry;
    }
    if (this.state.kind !== 'offline') this.set({ kind: 'pending' });
    this.retries = 0;
    this.schedule(SAVE_DELAY_MS);
  }

  /** Sends what is queued now (⌘S, before publishing). Resolves once the server has it. */
  async saveNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.saving) await this.saving;
    await this.send();
    if (this.state.kind === 'offline') throw new ApiError(0, 'network.offline', 'You are offline.');
    if (this.state.kind === 'error') throw new ApiError(422, 'editor.save_failed', this.state.message);
  }

  hasQueued(): boolean {
    return readQueued(this.appId, this.pageId) !== null || this.memory !== null;
  }

  private memory: Queued | null = null;

  private retryNow = () => {
    this.retries = 0;
    this.schedule(0);
  };

  private set(state: SyncState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.send();
    }, ms);
  }

  private send(): Promise<void> {
    if (this.saving) {
      // One save at a time; the newest content goes next.
      return this.saving.then(() => this.send());
    }
    const entry = readQueued(this.appId, this.pageId) ?? this.memory;
    if (!entry) return Promise.resolve();
    this.set({ kind: 'saving' });
    this.saving = this.put(entry).finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async put(entry: Queued): Promise<void> {
    try {
      const { data, error, response } = await api.PUT('/api/v1/apps/{appId}/pages/{pageId}', {
        params: { path: { appId: this.appId, pageId: this.pageId } },
        body: { sections: entry.sections, message: 'Autosave' },
      });
      if (!response.ok || !data) throw toApiError(response, error);
      const current = readQueued(this.appId, this.pageId);
      if (current && current.at === entry.at) localStorage.removeItem(queueKey(this.appId, this.pageId));
      if (this.memory?.at === entry.at) this.memory = null;
      this.onSaved(data);
      const more = this.hasQueued();
      this.set(more ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      if (more) this.schedule(SAVE_DELAY_MS);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) {
        this.set({ kind: 'offline' });
        this.retries += 1;
        this.schedule(Math.min(1000 * 2 ** Math.min(this.retries - 1, 4), 15_000));
        return;
      }
      const issues = error instanceof ApiError ? error.issues : [];
      const detail = issues[0] ? `${issues[0].path}: ${issues[0].message}` : messageOf(error);
      this.set({ kind: 'error', message: detail });
    }
  }
}

export function useDraftSync(appId: string, pageId: string, onSaved: (page: PageDetail) => void) {
  const [sync] = useState(() => new DraftSync(appId, pageId, onSaved));
  useEffect(() => {
    sync.revive();
    return () => sync.dispose();
  }, [sync]);
  const state = useSyncExternalStore(sync.subscribe, sync.getState);
  return { sync, state };
}
