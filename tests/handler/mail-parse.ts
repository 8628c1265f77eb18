/** Just enough RFC 5322 parsing for the tests: headers, and the 7-bit text body nodemailer sends. */
import type { ReceivedMail } from './support.ts';

export function simpleParser(raw: string): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\s+/, '').replace(/\r\n/g, '\n');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return { messageId: header('Message-ID'), to: header('To'), subject: header('Subject'), text: body, raw };
}
