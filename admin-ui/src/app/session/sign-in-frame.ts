import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { SESSION_TEXTS } from './session.texts';

/** The centred card with the system's name that frames the login and password screens. */
@Component({
  selector: 'app-sign-in-frame',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sign-in-page">
      <header class="sign-in-brand">
        <img src="favicon.svg" alt="" width="56" height="56">
        <div>
          <p class="sign-in-system">{{ t.systemName }}</p>
          <p class="sign-in-subtitle">{{ t.systemSubtitle }}</p>
        </div>
      </header>
      <main class="sign-in-card" id="main">
        <h1>{{ heading() }}</h1>
        @if (intro()) {
          <p class="sign-in-intro">{{ intro() }}</p>
        }
        <ng-content />
      </main>
      <footer class="sign-in-footer">{{ t.copyright }}</footer>
    </div>
  `,
})
export class SignInFrame {
  readonly heading = input.required<string>();
  readonly intro = input('');
  protected readonly t = SESSION_TEXTS;
}
