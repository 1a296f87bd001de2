/**
 * What a section may know about the site it is rendered into. The renderer (or the editor preview)
 * builds one context per page; sections never reach for globals, the database or the request.
 */

/** An image ready for `<img>`: the renderer resolves `media:<id>` and bundled assets to URLs. */
export interface ResolvedImage {
  src: string;
  /** `srcset` of responsive variants, when the media library has them. */
  srcSet?: string;
  width?: number;
  height?: number;
}

export interface NavEntry {
  title: string;
  href: string;
  current: boolean;
}

export interface PostSummary {
  title: string;
  href: string;
  excerpt: string;
  /** ISO date of publication. */
  publishedAt: string;
  cover: ResolvedImage | null;
  coverAlt: string;
  tags: string[];
  author: string;
}

export interface RenderContext {
  site: {
    name: string;
    /** Resolved logo, or null to show the site name as a wordmark. */
    logo: ResolvedImage | null;
  };
  /**
   * The section whose headline is the page's one `<h1>` (the first hero); every other section
   * titles itself with `<h2>` and its items with `<h3>`, so headings stay in order.
   */
  primaryHeadingId: string | null;
  /** Pages shown in navigation, in order. */
  nav: NavEntry[];
  /** Latest published posts, newest first (for the blog list section). */
  posts: PostSummary[];
  /** Resolves a stored link (`page:about`, `/about`, `#x`, `https://…`) to the URL to print. */
  href(stored: string): string;
  /** Resolves a stored image source; null when it cannot be shown (missing asset). */
  image(src: string): ResolvedImage | null;
  /** Where the contact form of section `sectionId` posts. */
  formAction(sectionId: string): string;
  /** Set after a form was sent without JavaScript (the server redirects back with `?sent=<id>`). */
  formSent: string | null;
  /** Formats KES cents for display, e.g. `KSh 1,250`. */
  formatPrice(cents: number): string;
  /** Formats an ISO date for display in the site's locale. */
  formatDate(iso: string): string;
}
