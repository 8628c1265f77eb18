/** Sends a spooled item with nodemailer: the armored ciphertext as the body, nothing else. */
import nodemailer from 'nodemailer';
import type { Send } from './delivery.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  user?: string | undefined;
  pass?: string | undefined;
  requireTLS: boolean;
  from: string;
}

export function createSender(settings: SmtpSettings): { send: Send; close: () => void } {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 465,
    // A few reused connections, matching the worker's concurrency.
    pool: true,
    maxConnections: 4,
    requireTLS: settings.requireTLS,
    ignoreTLS: !settings.requireTLS,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  });
  return {
    send: async (item, options) => {
      await transport.sendMail({
        from: settings.from,
        to: item.to,
        // The subject travels in clear through mail servers, so it says nothing about the person.
        subject: 'Waypoint: encrypted form submission',
        text: item.armored,
        messageId: item.messageId,
        date: new Date(item.createdAt),
        // Delivery is at least once: a copy sent again after an attempt of unknown outcome is the same
        // message (same Message-ID and body) and says so, so it can be dropped as a duplicate.
        ...(options?.resend ? { headers: { 'X-Waypoint-Resent': 'possible-duplicate' } } : {}),
      });
    },
    close: () => transport.close(),
  };
}
