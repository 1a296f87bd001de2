/**
 * One file up to the media library with upload progress. fetch() cannot report upload progress,
 * so this is XMLHttpRequest: multipart/form-data with the file in `file` (and `alt`), as the server
 * expects (POST /api/v1/apps/:appId/media). Failures become the same ApiError the typed client gives.
 */
import { ApiError, OFFLINE_MESSAGE, toApiError } from '../../../api/errors';
import type { MediaItem } from '../api';

export interface UploadHandle {
  done: Promise<MediaItem>;
  abort: () => void;
}

export function uploadMedia(
  appId: string,
  file: File,
  onProgress: (fraction: number) => void,
  alt?: string,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<MediaItem>((resolve, reject) => {
    xhr.open('POST', `/api/v1/apps/${encodeURIComponent(appId)}/media`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201) {
        onProgress(1);
        resolve(body as MediaItem);
        return;
      }
      const headers = new Headers();
      const retry = xhr.getResponseHeader('retry-after');
      if (retry) headers.set('retry-after', retry);
      reject(toApiError(new Response(null, { status: xhr.status, headers }), body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.offline', OFFLINE_MESSAGE));
    xhr.onabort = () => reject(new ApiError(0, 'upload.cancelled', 'Upload cancelled.'));
    const form = new FormData();
    if (alt) form.append('alt', alt);
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The types the server takes (it checks the bytes too); used for the file chooser's filter. */
export const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/webp,image/avif,image/gif,image/svg+xml,application/pdf';
