/**
 * The site kit, for tests that check this area against the server's own rules. Loaded by a
 * computed name so the browser's type-check (tsconfig.app.json, no Node types) does not follow it
 * into the kit's Node-only renderer; the shapes used are typed here.
 */
interface SiteKit {
  DESIGN_SYSTEMS: Array<{ id: string; tokens: Record<string, string> }>;
  richTextDoc: () => {
    safeParse: (value: unknown) => { success: boolean; error?: { issues: unknown[] } };
  };
}

const NAME = '@qspace/site-kit';

export const loadSiteKit = (): Promise<SiteKit> => import(/* @vite-ignore */ NAME) as Promise<SiteKit>;
