import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SHELL_TEXTS } from './shell.texts';

/** A screen that only explains something: not allowed, not found, or not built yet. */
@Component({
  selector: 'app-message-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ title() }}</h1>
    </div>
    <section class="card empty-state">
      @if (heading()) {
        <h2>{{ heading() }}</h2>
      }
      <p>{{ body() }}</p>
      @if (showHomeLink()) {
        <a class="btn btn-secondary" routerLink="/">{{ t.backHome }}</a>
      }
    </section>
  `,
})
export class MessagePage {
  /** Route data, bound by the router. */
  readonly title = input('');
  readonly heading = input('');
  readonly body = input('');
  readonly showHomeLink = input(true);
  protected readonly t = SHELL_TEXTS;
}
