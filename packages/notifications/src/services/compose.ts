import { z } from 'zod';
import { type Brand, PLATFORM_BRAND } from '../domain/brand.js';
import { renderHtml, renderText } from '../domain/layout.js';
import { buildContent, type TemplateData, type TemplateName } from '../domain/templates.js';
import { NotificationErrors } from '../errors.js';

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Renders a template into subject, HTML and plain text for a brand. */
export function composeEmail<T extends TemplateName>(
  template: T,
  data: TemplateData<T>,
  brand: Brand = PLATFORM_BRAND,
): ComposedEmail {
  let content: ReturnType<typeof buildContent>;
  try {
    content = buildContent(template, data, brand.name);
  } catch (error) {
    if (error instanceof z.ZodError) {
      throw NotificationErrors.invalid_template_data({
        template,
        issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    throw error;
  }
  return { subject: content.subject, html: renderHtml(content, brand), text: renderText(content, brand) };
}
