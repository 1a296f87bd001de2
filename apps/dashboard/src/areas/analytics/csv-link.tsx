/**
 * "Export CSV": the same report with `format=csv`. A plain download link, so the session cookie goes
 * along; a share link unlocked by a password needs its `X-Share-Access` header, which a link cannot
 * send, so there the file is fetched and handed to the browser as a download.
 */
import { Download } from 'lucide-react';
import { useState } from 'react';
import { messageOf, safeFetch, toApiError } from '../../api/errors';
import { toast } from '../../components/ui/toast';
import { type Scope, shareHeaders } from './api';

const linkClass =
  'inline-flex items-center gap-1.5 rounded-md px-1.5 py-1 text-[13px] font-medium text-ink-muted hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand disabled:opacity-60';

export function CsvLink({ scope, href, label }: { scope: Scope; href: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const body = (
    <>
      <Download className="size-3.5" aria-hidden="true" />
      <span aria-hidden="true">CSV</span>
      <span className="sr-only">{label}</span>
    </>
  );
  if (scope.kind === 'app' || !scope.access)
    return (
      <a href={href} download className={linkClass} title={label}>
        {body}
      </a>
    );
  const download = async () => {
    setBusy(true);
    try {
      const response = await safeFetch(href, { headers: shareHeaders(scope) });
      if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name ?? 'analytics.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      toast.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={download} disabled={busy} className={linkClass} title={label}>
      {body}
    </button>
  );
}
