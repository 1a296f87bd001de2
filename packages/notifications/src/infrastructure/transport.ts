/**
 * Where mail goes. One implementation per concern, used fully: nodemailer over SMTP in real
 * deployments; the development mailbox (the message is already stored — "delivering" it just makes
 * it visible at /dev/mailbox) when no SMTP server is configured.
 */
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface MailTransport {
  readonly name: 'smtp' | 'dev_mailbox';
  /** Delivers or throws; returns the provider's message id or response line. */
  send(email: OutgoingEmail): Promise<string>;
  close?(): void;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    send: async (email) => {
      const info = await transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        // A stable Message-ID per stored message: a retried delivery is recognisable as the same mail.
        messageId: `<${email.messageId}@qspace>`,
        headers: { 'X-QSpace-Message': email.messageId },
      });
      return String(info.response ?? info.messageId ?? '');
    },
    close: () => transporter.close(),
  };
}

export function devMailboxTransport(): MailTransport {
  return { name: 'dev_mailbox', send: async () => 'stored in the development mailbox' };
}

/** SMTP when `SMTP_URL` is set, otherwise the development mailbox. */
export function transportFromEnv(smtpUrl: string | undefined): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : devMailboxTransport();
}
