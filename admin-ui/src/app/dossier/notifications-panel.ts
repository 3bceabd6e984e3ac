import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatDateTime } from '../inbox/time-left';
import type { SentNotification } from './dossier-api';
import { DOSSIER_TEXTS } from './dossier.texts';

const CHANNELS: Record<SentNotification['channel'], string> = { email: 'Thư điện tử', sms: 'SMS', zalo: 'Zalo' };

/** Thông báo cho người nộp (G1): what the applicant was told, through which channel, and whether it arrived. */
@Component({
  selector: 'app-notifications-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <div class="table-wrap"><table class="data">
        <caption class="visually-hidden">{{ t.notificationsTitle }}</caption>
        <thead>
          <tr><th scope="col">{{ t.notificationWhen }}</th><th scope="col">{{ t.notificationChannel }}</th><th scope="col">{{ t.notificationSubject }}</th><th scope="col">{{ t.notificationStatus }}</th></tr>
        </thead>
        <tbody>
          @for (n of rows(); track $index) {
            <tr>
              <td><time [attr.datetime]="n.at">{{ n.when }}</time></td>
              <td>{{ n.channel }}<br /><span class="muted">{{ n.recipient }}</span></td>
              <td>{{ n.subject }}</td>
              <td>
                @if (n.status === 'sent') { <span class="badge badge-ok">{{ t.notificationSent }}</span> }
                @else { <span class="badge badge-danger">{{ t.notificationFailed }}</span> <span class="muted">{{ n.error }}</span> }
                @if (n.attempt > 1) { <span class="muted"> · {{ t.notificationAttempt(n.attempt) }}</span> }
              </td>
            </tr>
          }
        </tbody>
      </table></div>
    } @else {
      <p class="muted">{{ t.noNotifications }}</p>
    }
  `,
})
export class NotificationsPanel {
  readonly notifications = input.required<readonly SentNotification[]>();

  protected readonly t = DOSSIER_TEXTS;
  protected readonly rows = computed(() => this.notifications().map((n) => ({ ...n, when: formatDateTime(n.at), channel: CHANNELS[n.channel] ?? n.channel })));
}
