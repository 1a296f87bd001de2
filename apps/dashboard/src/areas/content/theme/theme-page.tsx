/**
 * Theme: the design system (one of the three of the App's category), colors with a live contrast
 * warning, fonts from the curated list, logo, favicon and tagline — beside a live preview of the site.
 * Admins and owners change it (`site.manage`); everyone else sees it read-only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { appQuery } from '../../../api/queries';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { type Registry, registryQuery, type SiteTheme, themeQuery } from '../api';
import { ImageField } from '../media/image-field';
import { PageHeader } from '../shared/page-header';
import { usePermissions } from '../shared/permissions';
import { useAppId } from '../shared/use-app-id';
import { ColorField } from './color-field';
import { DESIGN_SYSTEM_COLORS } from './colors';
import { SitePreview } from './site-preview';
import { DesignSystemPicker, FontSelect } from './theme-controls';

export interface ThemeForm {
  designSystem: string;
  primary: string | null;
  accent: string | null;
  headingFont: string | null;
  bodyFont: string | null;
  logo: string;
  favicon: string;
  tagline: string;
}

const formOf = (t: SiteTheme): ThemeForm => ({
  designSystem: t.designSystem,
  tagline: t.tagline,
  ...t.theme,
});
const FIELDS = [
  'designSystem',
  'primary',
  'accent',
  'headingFont',
  'bodyFont',
  'logo',
  'favicon',
  'tagline',
] as const;

export function ThemePage() {
  const appId = useAppId();
  const theme = useQuery(themeQuery(appId));
  const registry = useQuery(registryQuery);
  const app = useQuery(appQuery(appId));
  const header = (
    <PageHeader
      title="Theme"
      description="Your site’s look: design, colors, fonts, logo. Changes go live when you save."
    />
  );
  if (theme.isError || registry.isError)
    return (
      <>
        {header}
        <Alert tone="error" title="The theme could not be loaded">
          {messageOf(theme.error ?? registry.error)}
        </Alert>
      </>
    );
  if (!theme.data || !registry.data || !app.data)
    return (
      <>
        {header}
        <div aria-busy="true" className="grid gap-6 lg:grid-cols-[380px_minmax(0,1fr)]">
          <Skeleton className="h-[600px] rounded-xl" />
          <Skeleton className="h-[600px] rounded-xl" />
        </div>
      </>
    );
  return (
    <>
      {header}
      <ThemeEditor
        appId={appId}
        theme={theme.data}
        registry={registry.data}
        siteUrl={`/s/${app.data.slug}/`}
      />
    </>
  );
}

function ThemeEditor({
  appId,
  theme,
  registry,
  siteUrl,
}: {
  appId: string;
  theme: SiteTheme;
  registry: Registry;
  siteUrl: string;
}) {
  const queryClient = useQueryClient();
  const can = usePermissions(appId);
  const readOnly = !can.manageSite;
  const [saved, setSaved] = useState(() => formOf(theme));
  const [form, setForm] = useState(saved);
  const [warnings, setWarnings] = useState(theme.warnings);
  const [version, setVersion] = useState(theme.siteVersion);
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const set = <K extends keyof ThemeForm>(key: K, value: ThemeForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/api/v1/apps/{appId}/settings/theme', { params: { path: { appId } }, body: form })),
    onSuccess: (updated) => {
      queryClient.setQueryData(themeQuery(appId).queryKey, updated);
      const next = formOf(updated);
      setSaved(next);
      setForm(next);
      setWarnings(updated.warnings);
      setVersion(updated.siteVersion);
      toast.success('Theme saved: your site shows it now.');
    },
  });
  const issues: Partial<Record<(typeof FIELDS)[number], string>> = {};
  if (save.error instanceof ApiError)
    for (const issue of save.error.issues) {
      const field = FIELDS.find((f) => issue.path === f);
      if (field) issues[field] ??= issue.message;
    }
  const formError = save.error && Object.keys(issues).length === 0 ? messageOf(save.error) : null;

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const systems = registry.designSystems.filter((d) => d.category === theme.category);
  const colors = DESIGN_SYSTEM_COLORS[form.designSystem];
  const ds = systems.find((d) => d.id === form.designSystem);
  const fontName = (id: string | undefined) => registry.fonts.find((f) => f.id === id)?.name ?? id ?? '';

  return (
    <div className="grid gap-6 lg:grid-cols-[380px_minmax(0,1fr)]">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {readOnly && <Alert>Only admins and the owner change the theme. You can look around.</Alert>}
        <Card className="space-y-4 p-4">
          <DesignSystemPicker
            systems={systems}
            value={form.designSystem}
            readOnly={readOnly}
            error={issues.designSystem}
            onChange={(id) => set('designSystem', id)}
          />
        </Card>
        {colors && (
          <Card className="space-y-5 p-4">
            <h2 className="text-sm font-semibold">Colors</h2>
            <ColorField
              label="Primary"
              value={form.primary}
              fallback={colors.primary}
              background={colors.background}
              readOnly={readOnly}
              error={issues.primary}
              onChange={(c) => set('primary', c)}
            />
            <ColorField
              label="Accent"
              value={form.accent}
              fallback={colors.accent}
              background={colors.background}
              readOnly={readOnly}
              error={issues.accent}
              onChange={(c) => set('accent', c)}
            />
            {!dirty && warnings.length > 0 && (
              <Alert tone="warning" title="Contrast on your live site">
                <ul className="list-disc space-y-1 pl-4">
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </Alert>
            )}
          </Card>
        )}
        <Card className="space-y-4 p-4">
          <h2 className="text-sm font-semibold">Fonts</h2>
          <FontSelect
            label="Headings"
            fonts={registry.fonts}
            value={form.headingFont}
            defaultName={fontName(ds?.fonts.heading)}
            readOnly={readOnly}
            error={issues.headingFont}
            onChange={(f) => set('headingFont', f)}
          />
          <FontSelect
            label="Body text"
            fonts={registry.fonts}
            value={form.bodyFont}
            defaultName={fontName(ds?.fonts.body)}
            readOnly={readOnly}
            error={issues.bodyFont}
            onChange={(f) => set('bodyFont', f)}
          />
        </Card>
        <Card className="space-y-4 p-4">
          <h2 className="text-sm font-semibold">Brand</h2>
          <ImageField
            appId={appId}
            label="Logo"
            shape="square"
            value={form.logo}
            readOnly={readOnly}
            error={issues.logo}
            hint="Shown in the site header. A transparent PNG or SVG works best."
            onChange={(src) => set('logo', src)}
          />
          <ImageField
            appId={appId}
            label="Favicon"
            shape="square"
            value={form.favicon}
            readOnly={readOnly}
            error={issues.favicon}
            hint="The small icon in browser tabs. A square image, at least 64×64."
            onChange={(src) => set('favicon', src)}
          />
          <TextField
            label="Tagline"
            value={form.tagline}
            readOnly={readOnly}
            maxLength={160}
            error={issues.tagline}
            onChange={(e) => set('tagline', e.target.value)}
          />
        </Card>
        {formError && (
          <Alert tone="error" title="The theme was not saved">
            {formError}
          </Alert>
        )}
        {!readOnly && (
          <div className="sticky bottom-0 z-10 -mx-1 flex items-center gap-2 rounded-xl border border-line bg-surface/95 p-3 shadow-pop backdrop-blur">
            <span className="mr-auto text-sm text-ink-muted" aria-live="polite">
              {dirty ? 'Unsaved changes' : 'All changes saved'}
            </span>
            {dirty && (
              <Button type="button" variant="ghost" onClick={() => setForm(saved)}>
                Discard
              </Button>
            )}
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              Save theme
            </Button>
          </div>
        )}
      </form>
      <div className="lg:sticky lg:top-20 lg:self-start">
        <SitePreview
          url={siteUrl}
          version={version}
          primary={form.designSystem === saved.designSystem ? form.primary : null}
          accent={form.designSystem === saved.designSystem ? form.accent : null}
        />
        {dirty && (
          <p className="mt-2 text-[13px] text-ink-muted">
            Colors preview as you pick them; fonts, logo and design show after you save.
          </p>
        )}
      </div>
    </div>
  );
}
