/**
 * Where media files live, addressed by key (`<appId>/<hash>/<name>.<ext>`). Local disk is the
 * default (storage-disk.ts); an S3-compatible store can implement the same interface — keys map to
 * object keys, `contentType` to the object's Content-Type — without changing any caller.
 */
import type { Readable } from 'node:stream';
import { MediaErrors } from '../domain/media-errors.js';

export interface StoredObject {
  size: number;
  contentType: string;
}

export interface MediaStorage {
  /** Stores `body` under `key`, replacing any object there. Readers never see a half-written object. */
  put(key: string, body: Readable | Uint8Array, options: { contentType: string }): Promise<StoredObject>;
  /** The object's bytes as a stream, or null when there is none. */
  get(key: string): Promise<(StoredObject & { stream: Readable }) | null>;
  /** Size and type, or null when there is no object. */
  stat(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** True for keys every backend can store safely: relative, no `..`, no empty or hidden segments. */
export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment) && !segment.includes('..'));
}

/** Throws 400 unless `key` is safe (see `isSafeKey`). */
export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw MediaErrors.storage_key_invalid({ key: key.slice(0, 100) });
}
