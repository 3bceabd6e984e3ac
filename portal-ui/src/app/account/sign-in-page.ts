import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CitizenSession } from '../session/citizen-session';

const PROBLEMS: Record<string, string> = {
  CITIZEN_SIGNIN_CANCELLED: 'Bạn đã hủy đăng nhập. Bạn có thể đăng nhập lại bất cứ lúc nào.',
  CITIZEN_SIGNIN_FAILED: 'Đăng nhập không thành công hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
};

/** Đăng nhập: one way in, the national digital identity (VNeID), for people and organisations. */
@Component({
  selector: 'app-sign-in-page',
  imports: [RouterLink],
  template: `
    <div class="sign-in-page">
      <div class="card">
        <h1>Đăng nhập</h1>
        @if (problem()) {
          <p class="alert alert-error" role="alert">{{ problem() }}</p>
        }
        @if (session.citizen(); as citizen) {
          <p class="alert alert-ok">Bạn đang đăng nhập với tên <strong>{{ citizen.fullName }}</strong>.</p>
          <a class="btn btn-blue" routerLink="/ho-so-cua-toi">Đến Hồ sơ của tôi</a>
        } @else {
          <p>Cổng Dịch vụ công dùng <strong>tài khoản định danh điện tử VNeID</strong> do Bộ Công an cấp. Cá nhân đăng nhập bằng số định danh cá nhân; tổ chức đăng nhập bằng mã số thuế.</p>
          @if (config()?.available === false) {
            <p class="alert alert-info">Chức năng đăng nhập đang được bảo trì. Bạn vẫn có thể tra cứu thủ tục và tình trạng hồ sơ.</p>
          } @else {
            <a class="btn btn-primary btn-block vneid" [href]="session.signInUrl(target())">Đăng nhập bằng tài khoản định danh điện tử VNeID</a>
          }
          <ul class="muted small">
            <li>Sau khi đăng nhập, thông tin của bạn được điền sẵn vào tờ khai.</li>
            <li>Bạn theo dõi, bổ sung, đánh giá hồ sơ đã nộp trong mục Hồ sơ của tôi.</li>
            <li>Tra cứu hồ sơ theo mã không cần đăng nhập: <a routerLink="/tra-cuu">Tra cứu hồ sơ</a>.</li>
          </ul>
          @if (config()?.demo) {
            <div class="alert alert-info small">
              <strong>Môi trường thử nghiệm:</strong> đăng nhập qua {{ config()?.provider }} với một tài khoản thử, ví dụ số định danh
              <code>001085012345</code> (Nguyễn Văn An) hoặc mã số thuế <code>0304567898</code>; mật khẩu <code>123456</code>.
            </div>
          }
        }
      </div>
    </div>
  `,
  styles: `.sign-in-page { max-width: 36rem; margin: 0 auto; } .vneid { min-height: 3.5rem; margin: 0.75rem 0 1rem; font-size: 1.0625rem; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  protected readonly session = inject(CitizenSession);
  readonly loi = input<string>();
  readonly returnTo = input<string>();
  protected readonly config = signal<{ available: boolean; provider: string; demo: boolean } | null>(null);
  protected readonly problem = computed(() => (this.loi() ? PROBLEMS[this.loi()!] ?? PROBLEMS['CITIZEN_SIGNIN_FAILED'] : ''));
  protected readonly target = computed(() => {
    const wanted = this.returnTo();
    return wanted && wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/ho-so-cua-toi';
  });

  constructor() {
    inject(HttpClient).get<{ available: boolean; provider: string; demo: boolean }>('/api/citizen/auth/config')
      .subscribe({ next: (config) => this.config.set(config), error: () => undefined });
  }
}
