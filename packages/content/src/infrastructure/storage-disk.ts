/**
 * Media storage in a local folder (default `./.qspace/media`). Writes go to a temporary file in the
 * same folder tree and are renamed into place, so a reader (or a crash) never sees a partial file.
 * The content type is not stored: keys always end in the extension of their detected type.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mimeForKey } from '../domain/media-rules.js';
import { assertSafeKey, type MediaStorage, type StoredObject } from './storage.js';

export const DEFAULT_MEDIA_DIR = './.qspace/media';
/** Temporary files live here, inside the root, so the final rename never crosses file systems. */
const TMP = '.tmp';

export class DiskStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string = DEFAULT_MEDIA_DIR) {
    this.root = resolve(root);
  }

  async put(
    key: string,
    body: Readable | Uint8Array,
    options: { contentType: string },
  ): Promise<StoredObject> {
    const target = this.path(key);
    const tmpDir = join(this.root, TMP);
    const tmp = join(tmpDir, randomUUID());
    await Promise.all([mkdir(tmpDir, { recursive: true }), mkdir(dirname(target), { recursive: true })]);
    try {
      const source = body instanceof Uint8Array ? Readable.from([body]) : body;
      await pipeline(source, createWriteStream(tmp, { flags: 'wx' }));
      await this.moveIntoPlace(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    return { size: (await stat(target)).size, contentType: options.contentType };
  }

  async get(key: string): Promise<(StoredObject & { stream: Readable }) | null> {
    const found = await this.stat(key);
    if (!found) return null;
    return { ...found, stream: createReadStream(this.path(key)) };
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const info = await stat(this.path(key));
      return info.isFile() ? { size: info.size, contentType: mimeForKey(key) } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.path(key);
    await rm(file, { force: true });
    await this.prune(dirname(file));
  }

  /** Removes folders left empty by a delete, so the tree does not fill with empty folders. */
  private async prune(dir: string): Promise<void> {
    for (let current = dir; current.startsWith(this.root + sep); current = dirname(current)) {
      try {
        await rmdir(current);
      } catch {
        return; // not empty (or already gone): stop climbing
      }
    }
  }

  /** A concurrent delete may prune the folder between mkdir and rename: recreate it once. */
  private async moveIntoPlace(tmp: string, target: string): Promise<void> {
    try {
      await rename(tmp, target);
    } catch (error) {
      if (!isMissing(error)) throw error;
      await mkdir(dirname(target), { recursive: true });
      await rename(tmp, target);
    }
  }

  /** The file of a key; the key check plus this prefix check keep every path inside the root. */
  private path(key: string): string {
    assertSafeKey(key);
    const full = resolve(this.root, key);
    if (!full.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return full;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
