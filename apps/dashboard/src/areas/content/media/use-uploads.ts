/**
 * A queue of uploads with per-file progress. Files go up two at a time (a phone on a slow network
 * should not start twenty requests at once); each finished file refreshes the library.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { type MediaItem, mediaKey } from '../api';
import { type UploadHandle, uploadMedia } from './upload';

export interface Upload {
  key: string;
  name: string;
  size: number;
  progress: number;
  state: 'queued' | 'uploading' | 'done' | 'failed';
  error?: string;
  item?: MediaItem;
}

const PARALLEL = 2;
let counter = 0;

export function useUploads(appId: string, onUploaded?: (item: MediaItem) => void) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const files = useRef(new Map<string, File>());
  const running = useRef(new Map<string, UploadHandle>());
  const uploadedRef = useRef(onUploaded);
  uploadedRef.current = onUploaded;

  const patch = useCallback((key: string, change: Partial<Upload>) => {
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  const start = useCallback(
    (key: string) => {
      const file = files.current.get(key);
      if (!file) return;
      const handle = uploadMedia(appId, file, (progress) => patch(key, { progress }));
      running.current.set(key, handle);
      patch(key, { state: 'uploading' });
      handle.done
        .then((item) => {
          patch(key, { state: 'done', progress: 1, item });
          void queryClient.invalidateQueries({ queryKey: [...mediaKey(appId), 'list'] });
          uploadedRef.current?.(item);
        })
        .catch((error: unknown) => patch(key, { state: 'failed', error: messageOf(error) }))
        .finally(() => {
          running.current.delete(key);
          files.current.delete(key);
        });
    },
    [appId, patch, queryClient],
  );

  // Starts queued files while fewer than PARALLEL are running.
  useEffect(() => {
    const active = uploads.filter((u) => u.state === 'uploading').length;
    const next = uploads.filter((u) => u.state === 'queued').slice(0, Math.max(0, PARALLEL - active));
    for (const u of next) start(u.key);
  }, [uploads, start]);

  // Leaving the screen cancels what is still going up.
  useEffect(() => {
    const handles = running.current;
    return () => {
      for (const h of handles.values()) h.abort();
    };
  }, []);

  const add = useCallback((list: FileList | File[]) => {
    const added: Upload[] = [...list].map((file) => {
      counter += 1;
      const key = `u${counter}`;
      files.current.set(key, file);
      return { key, name: file.name, size: file.size, progress: 0, state: 'queued' };
    });
    setUploads((current) => [...added, ...current]);
  }, []);

  const cancel = useCallback((key: string) => {
    running.current.get(key)?.abort();
    files.current.delete(key);
    setUploads((list) => list.filter((u) => u.key !== key || u.state === 'done'));
  }, []);

  const clearFinished = useCallback(() => {
    setUploads((list) => list.filter((u) => u.state === 'queued' || u.state === 'uploading'));
  }, []);

  return { uploads, add, cancel, clearFinished };
}
