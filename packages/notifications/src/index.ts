/**
 * @qspace/notifications — email that really sends: branded templates, durable delivery with retries,
 * SMTP or the development mailbox, every message and attempt recorded.
 */
export { type Brand, PLATFORM_BRAND } from './domain/brand.js';
export { escapeHtml } from './domain/layout.js';
export { TEMPLATE_NAMES, type TemplateData, type TemplateName } from './domain/templates.js';
export { notificationsEnv } from './env.js';
export { NotificationErrors } from './errors.js';
export {
  devMailboxTransport,
  type MailTransport,
  type OutgoingEmail,
  smtpTransport,
  transportFromEnv,
} from './infrastructure/transport.js';
export { notificationsMigrations } from './migrations.js';
export { type AttemptRow, attempts, type MessageRow, type MessageStatus, messages } from './schema.js';
export { type ComposedEmail, composeEmail } from './services/compose.js';
export { createDeliveryHandler } from './services/deliver.js';
export { getMessage, listAppMessages, listMailbox, type MailboxQuery } from './services/mailbox.js';
export { DELIVERY_JOB, DELIVERY_MAX_ATTEMPTS, type SendEmailInput, sendEmail } from './services/send.js';
