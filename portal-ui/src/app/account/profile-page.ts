import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { asApiError } from '../api/api-error';
import { CitizenSession, type CitizenProfile } from '../session/citizen-session';
import { date } from '../ui/format';

/** Thông tin tài khoản: the identity as VNeID vouches for it, and the contact details the citizen keeps. */
@Component({
  selector: 'app-profile-page',
  template: `
    <div class="page-title"><h1>Thông tin tài khoản</h1></div>
    @if (session.citizen(); as me) {
      <div class="two-columns">
        <section class="card" aria-labelledby="identity-title">
          <h2 id="identity-title">Thông tin định danh</h2>
          <p class="muted small">Từ tài khoản định danh điện tử VNeID; muốn sửa, bạn liên hệ cơ quan công an.</p>
          <dl class="facts">
            <dt>{{ me.kind === 'organisation' ? 'Tên tổ chức' : 'Họ và tên' }}</dt><dd>{{ me.fullName }}</dd>
            @if (me.idNumber) { <dt>Số định danh cá nhân</dt><dd>{{ me.idNumber }}</dd> }
            @if (me.taxCode) { <dt>Mã số thuế</dt><dd>{{ me.taxCode }}</dd> }
            @if (me.birthDate) { <dt>Ngày sinh</dt><dd>{{ date(me.birthDate + 'T00:00:00+07:00') }}</dd> }
            @if (me.gender) { <dt>Giới tính</dt><dd>{{ me.gender === 'female' ? 'Nữ' : me.gender === 'male' ? 'Nam' : me.gender }}</dd> }
            <dt>Địa chỉ</dt><dd>{{ me.address || '—' }}</dd>
          </dl>
        </section>
        <form class="card" novalidate (submit)="save($event, form)" #form aria-labelledby="contact-title">
          <h2 id="contact-title">Thông tin liên hệ</h2>
          <p class="muted small">Cơ quan dùng để báo tình trạng hồ sơ cho bạn.</p>
          @if (message()) { <p class="alert alert-ok" role="status">{{ message() }}</p> }
          @if (error()) { <p class="alert alert-error" role="alert">{{ error() }}</p> }
          <div class="field" [class.field-invalid]="phoneError()">
            <label for="profile-phone">Số điện thoại</label>
            @if (phoneError()) { <span class="field-error" id="profile-phone-error">{{ phoneError() }}</span> }
            <input id="profile-phone" name="phone" class="input input-short" type="tel" inputmode="tel" autocomplete="tel" [value]="me.phone ?? ''"
              [attr.aria-invalid]="phoneError() ? 'true' : null" [attr.aria-describedby]="phoneError() ? 'profile-phone-error' : null">
          </div>
          <div class="field">
            <label for="profile-email">Thư điện tử</label>
            <input id="profile-email" name="email" class="input" type="email" autocomplete="email" [value]="me.email ?? ''">
          </div>
          <button class="btn btn-primary" type="submit">Lưu thông tin liên hệ</button>
        </form>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  protected readonly session = inject(CitizenSession);
  private readonly http = inject(HttpClient);
  protected readonly message = signal('');
  protected readonly error = signal('');
  protected readonly phoneError = signal('');
  protected readonly date = date;

  protected async save(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    this.message.set('');
    this.error.set('');
    this.phoneError.set('');
    try {
      const profile = await firstValueFrom(this.http.patch<CitizenProfile>('/api/citizen/me', {
        phone: String(data.get('phone') ?? '').trim() || null, email: String(data.get('email') ?? '').trim() || null,
      }));
      this.session.update(profile);
      this.message.set('Đã lưu thông tin liên hệ.');
    } catch (failure) {
      const error = asApiError(failure);
      const phone = error.details.find((d) => d.path === '/phone');
      if (phone) this.phoneError.set(phone.message);
      else this.error.set(error.details[0]?.message ?? error.message);
    }
  }
}
