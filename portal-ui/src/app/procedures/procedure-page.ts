import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { duration, money, ONLINE_LEVELS, serviceLevel } from '../ui/format';
import { ProceduresApi, type Procedure } from './procedures-api';

const CHANNELS: Record<string, string | undefined> = {
  counter: 'Nộp trực tiếp tại Bộ phận Một cửa', postal: 'Nộp qua dịch vụ bưu chính công ích', online: 'Nộp trực tuyến trên Cổng Dịch vụ công',
};

/** Một thủ tục: everything its record holds, and the way in when it can be done online. */
@Component({
  selector: 'app-procedure-page',
  imports: [RouterLink],
  templateUrl: './procedure-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcedurePage {
  private readonly api = inject(ProceduresApi);
  private readonly title = inject(Title);
  /** The procedure's national code, in the query (`?ma=1.001193`): a path ending in `.001193` would look like a file. */
  readonly ma = input<string>();

  protected readonly procedure = signal<Procedure | null>(null);
  protected readonly error = signal('');
  protected readonly online = computed(() => {
    const procedure = this.procedure();
    return !!procedure && ONLINE_LEVELS.includes(procedure.serviceLevel) && !!procedure.form;
  });
  protected readonly level = serviceLevel;
  protected readonly duration = duration;
  protected readonly money = money;
  protected readonly channels = CHANNELS;

  constructor() {
    effect(() => {
      const code = this.ma() ?? '';
      this.procedure.set(null);
      this.error.set('');
      this.api.procedure(code).then(
        (procedure) => {
          this.procedure.set(procedure);
          this.title.setTitle(`${procedure.name} — Cổng Dịch vụ công`);
        },
        (error: unknown) => this.error.set(asApiError(error).message),
      );
    });
  }
}
