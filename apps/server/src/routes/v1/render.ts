/**
 * POST /api/v1/apps/:appId/render — the visual editor's live preview. Draft sections are rendered
 * by the server with the App's real design system, theme and site context (the site-kit components
 * use the file system and never ship to the browser). Each section is validated on its own, so one
 * half-typed section shows its problems while the rest of the page still previews.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize } from '@qspace/auth';
import { checkSections, renderEditorPreview, resolveMediaImages, withDraftImages } from '@qspace/content';
import { type Database, isAppError } from '@qspace/core';
import type { SectionInstance } from '@qspace/site-kit';
import type { AppEnv } from '../../http/types.js';
import type { SiteCache } from '../../sites/cache.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

const Issue = z.object({ path: z.string(), message: z.string() });
const Rendered = z
  .object({
    css: z.string(),
    sections: z.array(
      z.object({ id: z.string(), type: z.string(), html: z.string(), issues: z.array(Issue) }),
    ),
  })
  .openapi('RenderedSections');

const MAX_PREVIEW_SECTIONS = 120;

export function renderRoutes(app: OpenAPIHono<AppEnv>, database: Database, sites: SiteCache): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/render',
      tags: ['Pages'],
      summary: 'Render draft sections for the editor preview (nothing is saved)',
      request: {
        params: z.object({ appId: Id }),
        ...body(
          z.object({
            sections: z
              .array(
                z.object({
                  id: z.string().optional(),
                  type: z.string(),
                  props: z.record(z.string(), z.unknown()),
                }),
              )
              .max(MAX_PREVIEW_SECTIONS),
          }),
        ),
      },
      responses: {
        200: json(Rendered, 'Each section’s HTML (empty when invalid, with its issues) and the CSS.'),
        ...errors,
      },
    }),
    async (c) => {
      const { appId } = c.req.valid('param');
      const ctx = await appContext(c, database, appId);
      authorize(ctx, 'content.read');
      const entry = await sites.site(appId);
      if (!entry) return c.json({ css: '', sections: [] }, 200);
      const checked = c.req.valid('json').sections.map((raw, index) => {
        const id = raw.id ?? `preview-${index}`;
        try {
          const [section] = checkSections([{ ...raw, id }]);
          return { section: section as SectionInstance, issues: [] };
        } catch (error) {
          if (!isAppError(error)) throw error;
          const issues = (
            (error.details as { issues?: { path: string; message: string }[] })?.issues ?? []
          ).map((i) => ({
            path: i.path.replace(/^sections\[0\]\.?/, ''),
            message: i.message,
          }));
          return { section: { id, type: raw.type, props: {} }, issues };
        }
      });
      const valid = checked.filter((x) => x.issues.length === 0).map((x) => x.section);
      const origin = `${new URL(c.req.url).origin}/s/${entry.snapshot.slug}/`;
      const snapshot = await withDraftImages(database, entry.snapshot, valid, resolveMediaImages);
      const fragment = renderEditorPreview(snapshot, valid, {
        origin,
        basePath: `/s/${entry.snapshot.slug}`,
      });
      const html = new Map(fragment.sections.map((s) => [s.id, s.html]));
      return c.json(
        {
          css: fragment.css,
          sections: checked.map((x) => ({
            id: x.section.id,
            type: x.section.type,
            html: html.get(x.section.id) ?? '',
            issues: x.issues,
          })),
        },
        200,
      );
    },
  );
}
