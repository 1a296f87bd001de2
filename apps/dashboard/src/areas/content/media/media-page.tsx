/** The media library: upload (drag and drop, several at once, with progress), search, and each file's details. */
import { Images } from 'lucide-react';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import type { MediaItem } from '../api';
import { PageHeader } from '../shared/page-header';
import { usePermissions } from '../shared/permissions';
import { useAppId } from '../shared/use-app-id';
import { MediaDetails } from './media-details';
import { MediaGrid, MediaSearch, useMediaList } from './media-grid';
import { UploadList, UploadZone } from './upload-zone';
import { useUploads } from './use-uploads';

export function MediaPage() {
  const appId = useAppId();
  const can = usePermissions(appId);
  const media = useMediaList(appId);
  const { uploads, add, cancel } = useUploads(appId);
  const [open, setOpen] = useState<MediaItem | null>(null);
  // The open file follows the list, so an alt text saved in the dialog shows there too.
  const current = open ? (media.items.find((i) => i.id === open.id) ?? open) : null;
  return (
    <>
      <PageHeader
        title="Media"
        description="Images and files for your pages, blog and theme. Each upload is resized for every screen."
      />
      <div className="space-y-5">
        {can.edit && (
          <>
            <UploadZone onFiles={add} />
            <UploadList uploads={uploads} onCancel={cancel} />
          </>
        )}
        <MediaSearch value={media.search} onChange={media.setSearch} />
        <MediaGrid
          list={media.list}
          items={media.items}
          onSelect={setOpen}
          empty={
            <EmptyState
              icon={Images}
              title={media.q ? 'Nothing matches your search' : 'Your library is empty'}
            >
              {media.q
                ? 'Try another word from the file name or alt text.'
                : can.edit
                  ? 'Drop photos above, or choose them from your device. They are ready to use on pages and posts.'
                  : 'Files the team uploads appear here.'}
            </EmptyState>
          }
        />
      </div>
      <MediaDetails appId={appId} item={current} onClose={() => setOpen(null)} canEdit={can.edit} />
    </>
  );
}
