import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** A page that only says something: not found, and the like. */
@Component({
  selector: 'app-message-page',
  imports: [RouterLink],
  template: `
    <div class="card message">
      <h1>{{ heading() }}</h1>
      <p>{{ body() }}</p>
      <p><a routerLink="/">Về trang chủ</a> · <a routerLink="/thu-tuc">Tìm thủ tục hành chính</a></p>
    </div>
  `,
  styles: '.message { max-width: 40rem; margin: 1rem auto; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagePage {
  readonly heading = input('Không tìm thấy trang');
  readonly body = input('Địa chỉ bạn mở không có trên Cổng Dịch vụ công, hoặc trang đã được chuyển đi.');
}
