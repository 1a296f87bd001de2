/**
 * A dialog to pick one image from the App's media library, with search and upload in place (a
 * freshly uploaded image is selected at once). Used by the blog cover, the editor's image button
 * and the theme's logo and favicon; exported from the content area for the page editor.
 */
import { ImagePlus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import type { MediaItem } from '../api';
import { isImage, MediaGrid, MediaSearch, useMediaList } from './media-grid';
import { UploadList, UploadZone } from './upload-zone';
import { useUploads } from './use-uploads';

export interface MediaPickerProps {
  appId: string;
  open: boolean;
  onClose: () => void;
  /** Called with the chosen image; the dialog closes itself. */
  onPick: (item: MediaItem) => void;
  title?: string;
  /** Whether the person may upload (editor and above). */
  canUpload?: boolean;
}

export function MediaPicker({
  appId,
  open,
  onClose,
  onPick,
  title = 'Choose an image',
  canUpload = true,
}: MediaPickerProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="4xl"
      description="From this App’s media library."
    >
      {open && <PickerBody appId={appId} onClose={onClose} onPick={onPick} canUpload={canUpload} />}
    </Dialog>
  );
}

function PickerBody({ appId, onClose, onPick, canUpload }: Omit<MediaPickerProps, 'open' | 'title'>) {
  const media = useMediaList(appId);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const { uploads, add, cancel } = useUploads(appId, (item) => {
    if (isImage(item)) setSelected(item);
  });
  const pick = (item: MediaItem | null) => {
    if (!item) return;
    onPick(item);
    onClose();
  };
  return (
    <div className="space-y-4">
      {canUpload && (
        <>
          <UploadZone compact onFiles={add} />
          <UploadList uploads={uploads} onCancel={cancel} />
        </>
      )}
      <MediaSearch value={media.search} onChange={media.setSearch} />
      <MediaGrid
        list={media.list}
        items={media.items}
        imagesOnly
        selectedId={selected?.id}
        onSelect={setSelected}
        onActivate={pick}
        empty={
          <EmptyState icon={ImagePlus} title={media.q ? 'Nothing matches' : 'No images yet'} className="py-8">
            {media.q
              ? 'Try another word, or upload the image.'
              : 'Upload an image above and it appears here.'}
          </EmptyState>
        }
      />
      <div className="sticky -bottom-4 -mx-5 flex items-center justify-end gap-2 border-t border-line bg-surface px-5 py-3">
        <p className="mr-auto min-w-0 truncate text-sm text-ink-muted">
          {selected ? selected.filename : 'Select an image'}
        </p>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={!selected} onClick={() => pick(selected)}>
          Use image
        </Button>
      </div>
    </div>
  );
}
