/**
 * Site-level API: the nine starters (GET /api/v1/starters), the section registry the editor builds
 * from (GET /api/v1/sections), and an App's theme (GET/PATCH /api/v1/apps/:appId/settings/theme).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getSite, setCustomDomain, updateTheme } from '@qspace/content';
import type { Database } from '@qspace/core';
import { CATEGORIES, DESIGN_SYSTEMS, FONTS, SECTIONS, STARTERS } from '@qspace/site-kit';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

const Starter = z
  .object({
    id: z.string(),
    category: z.string(),
    categoryName: z.string(),
    designSystem: z.string(),
    designSystemName: z.string(),
    name: z.string(),
    description: z.string(),
    previewUrl: z.string(),
  })
  .openapi('Starter');

const Theme = z
  .object({
    starterId: z.string(),
    category: z.string(),
    designSystem: z.string(),
    tagline: z.string(),
    theme: z.object({
      primary: z.string().nullable(),
      accent: z.string().nullable(),
      headingFont: z.string().nullable(),
      bodyFont: z.string().nullable(),
      logo: z.string(),
      favicon: z.string(),
    }),
    timezone: z.string(),
    customDomain: z.string().nullable(),
    siteVersion: z.number(),
    warnings: z.array(z.string()).openapi({ description: 'Contrast problems, in words.' }),
  })
  .openapi('SiteTheme');

/** The starters as the API shows them (also used by the create-App wizard). */
export function starterList(publicUrl: string) {
  return STARTERS.map((s) => {
    const ds = DESIGN_SYSTEMS.find((d) => d.id === s.designSystem);
    return {
      id: s.id,
      category: s.category,
      categoryName: CATEGORIES.find((c) => c.id === s.category)?.name ?? s.category,
      designSystem: s.designSystem,
      designSystemName: ds?.name ?? s.designSystem,
      name: s.name,
      description: s.description,
      previewUrl: `${publicUrl}/starters/${s.id}/`,
    };
  });
}

export function siteApiRoutes(
  app: OpenAPIHono<AppEnv>,
  database: Database,
  publicUrl: string,
  sitesDomain: string,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/starters',
      tags: ['Sites'],
      summary: 'The nine starters: 3 categories × 3 design systems',
      'x-tenant-probe': 'global',
      responses: { 200: json(z.array(Starter), 'The starters, in wizard order.'), 401: errors[401] },
    }),
    (c) => c.json(starterList(publicUrl), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/sections',
      tags: ['Sites'],
      summary: 'The section registry: types, editor fields, variants and defaults',
      'x-tenant-probe': 'global',
      responses: {
        200: json(
          z.object({
            sections: z.array(z.record(z.string(), z.unknown())),
            designSystems: z.array(z.record(z.string(), z.unknown())),
            fonts: z.array(z.record(z.string(), z.unknown())),
          }),
          'Registry.',
        ),
        401: errors[401],
      },
    }),
    (c) =>
      c.json(
        {
          sections: SECTIONS.map((s) => ({
            type: s.type,
            label: s.label,
            description: s.description,
            group: s.group,
            fields: s.fields,
            variants: s.variants,
            defaults: s.defaults as Record<string, unknown>,
          })),
          designSystems: DESIGN_SYSTEMS.map((d) => ({
            id: d.id,
            name: d.name,
            category: d.category,
            description: d.description,
            fonts: d.fonts,
          })),
          fonts: FONTS.map((f) => ({ id: f.id, name: f.name, kind: f.kind })),
        },
        200,
      ),
  );

  const appParams = z.object({ appId: Id });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/settings/theme',
      tags: ['Sites'],
      summary: 'The site’s design system and theme',
      request: { params: appParams },
      responses: { 200: json(Theme, 'Theme.'), ...errors },
    }),
    async (c) =>
      c.json(await getSite(database, await appContext(c, database, c.req.valid('param').appId)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/apps/{appId}/settings/theme',
      tags: ['Sites'],
      summary: 'Change colors, fonts, logo, favicon or design system (admin; live at once)',
      request: {
        params: appParams,
        ...body(
          z.object({
            primary: z.string().nullable().optional(),
            accent: z.string().nullable().optional(),
            headingFont: z.string().nullable().optional(),
            bodyFont: z.string().nullable().optional(),
            logo: z.string().optional(),
            favicon: z.string().optional(),
            designSystem: z.string().optional(),
            tagline: z.string().optional(),
          }),
        ),
      },
      responses: {
        200: json(Theme, 'Updated, with contrast warnings.'),
        422: { description: 'Invalid theme.' },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json(await updateTheme(database, ctx, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/apps/{appId}/settings/domain',
      tags: ['Sites'],
      summary: 'Answer a custom domain with this site, or remove it with null (admin)',
      description:
        'Point the domain’s DNS (A/CNAME) at this server; requests are matched by their Host header.',
      request: {
        params: appParams,
        ...body(
          z.object({ domain: z.string().max(253).nullable().openapi({ example: 'www.mama-oliech.co.ke' }) }),
        ),
      },
      responses: {
        200: json(Theme, 'Updated.'),
        400: { description: 'Not a domain name, or one of the platform’s own.' },
        409: { description: 'Another App uses this domain.' },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const reserved = [new URL(publicUrl).hostname, sitesDomain];
      return c.json(await setCustomDomain(database, ctx, c.req.valid('json').domain, reserved), 200);
    },
  );
}
