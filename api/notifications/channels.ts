import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { NotificationChannelName, NotificationsConfig } from '../config';
import type { NoticeText } from './messages';

/**
 * A way to reach the applicant (G1). E-mail leaves through an SMTP server; SMS brandname and Zalo
 * ZNS are operators' APIs outside this machine's reach, so they are connectors whose demo
 * implementation delivers nowhere and says so in the log.
 */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  /** Delivers, or rejects with the reason the operator gave. */
  send(to: string, text: NoticeText): Promise<void>;
}

/** Where a channel reaches the applicant: e-mail at their address, SMS and Zalo (ZNS) at their phone number; null when the dossier has none. */
export function addressOn(channel: NotificationChannelName, applicant: { email?: string | null; phone?: string | null }): string | null {
  return (channel === 'email' ? applicant.email : applicant.phone)?.trim() || null;
}

/** What a channel carries: the letter by e-mail, the one-line notice on SMS and Zalo. */
export function contentOn(channel: NotificationChannelName, text: NoticeText): string {
  return channel === 'email' ? text.body : text.short;
}

class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;

  constructor(private readonly transport: Transporter, private readonly from: string) {}

  async send(to: string, text: NoticeText): Promise<void> {
    await this.transport.sendMail({ from: this.from, to, subject: text.subject, text: contentOn(this.name, text) });
  }
}

/** A channel with no operator behind it: the message counts as delivered and is written to the log. */
class DemoChannel implements NotificationChannel {
  constructor(readonly name: NotificationChannelName, private readonly log: FastifyBaseLogger) {}

  async send(to: string, text: NoticeText): Promise<void> {
    this.log.debug({ channel: this.name, to, subject: text.subject }, 'thông báo gửi qua kênh mô phỏng');
  }
}

/** The channels the province turned on, each with its connector. */
export function notificationChannels(config: NotificationsConfig, log: FastifyBaseLogger): NotificationChannel[] {
  return config.channels.map((name) => {
    if (name === 'email' && config.smtpUrl) {
      // Short timeouts: a send runs inside the job's transaction, and an unreachable server is retried later.
      const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 });
      return new EmailChannel(transport, config.mailFrom);
    }
    return new DemoChannel(name, log);
  });
}
