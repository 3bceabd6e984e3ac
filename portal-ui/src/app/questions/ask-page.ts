import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { asApiError } from '../api/api-error';
import { DossiersApi, type DossierSummary } from '../my-dossiers/dossiers-api';
import { ProceduresApi, type AgencyNode } from '../procedures/procedures-api';
import { dateTime } from '../ui/format';
import { QuestionsApi, type FeedbackItem } from './questions-api';

interface Problems { agencyCode?: string; title?: string; body?: string }

/** Gửi câu hỏi hoặc phản ánh, kiến nghị (C8) to the agency concerned. */
@Component({
  selector: 'app-ask-page',
  imports: [RouterLink],
  templateUrl: './ask-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AskPage {
  private readonly api = inject(QuestionsApi);
  readonly procedureCode = input<string>();
  readonly dossierCode = input<string>();
  protected readonly agencies = signal<AgencyNode[]>([]);
  protected readonly dossiers = signal<DossierSummary[]>([]);
  protected readonly kind = signal<'question' | 'feedback'>('question');
  protected readonly problems = signal<Problems>({});
  protected readonly error = signal('');
  protected readonly sending = signal(false);
  protected readonly sent = signal<FeedbackItem | null>(null);
  protected readonly dateTime = dateTime;

  constructor() {
    inject(ProceduresApi).agencyList().then((list) => this.agencies.set(list), () => undefined);
    inject(DossiersApi).list().then((list) => this.dossiers.set(list), () => undefined);
  }

  protected async send(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    const text = (key: string) => String(data.get(key) ?? '').trim();
    const dossierCode = text('dossierCode');
    const dossier = this.dossiers().find((d) => d.code === dossierCode);
    const agencyCode = text('agencyCode');
    const problems: Problems = {};
    if (!agencyCode) problems.agencyCode = 'Vui lòng chọn cơ quan nhận câu hỏi, phản ánh.';
    if (text('title').length < 5) problems.title = 'Vui lòng nhập tiêu đề (ít nhất 5 ký tự).';
    if (text('body').length < 10) problems.body = 'Vui lòng nhập nội dung (ít nhất 10 ký tự).';
    this.problems.set(problems);
    if (Object.keys(problems).length) {
      setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    this.sending.set(true);
    this.error.set('');
    try {
      this.sent.set(await this.api.send({
        kind: this.kind(), agencyCode, title: text('title'), body: text('body'),
        ...(text('procedureCode') ? { procedureCode: text('procedureCode') } : dossier ? { procedureCode: dossier.procedureCode } : {}),
        ...(dossierCode ? { dossierCode } : {}),
      }));
      setTimeout(() => document.getElementById('ask-done')?.focus(), 0);
    } catch (failure) {
      this.error.set(asApiError(failure).message);
    } finally {
      this.sending.set(false);
    }
  }
}
