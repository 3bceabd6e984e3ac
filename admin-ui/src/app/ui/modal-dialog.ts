import { ChangeDetectionStrategy, Component, type ElementRef, effect, input, output, viewChild } from '@angular/core';

let nextId = 0;

const FIRST_FIELD = '.modal-body :is(input, select, textarea):not([disabled]):not([type=hidden]):not(.visually-hidden)';

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Esc and restores focus to
 * the button that opened it. The parent owns `open` and sets it back to false on `dismissed`.
 */
@Component({
  selector: 'app-modal-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="modal" [class.modal-wide]="wide()" [attr.aria-labelledby]="headingId" (close)="dismissed.emit()">
      <div class="modal-header">
        <h2 class="modal-title" [id]="headingId">{{ heading() }}</h2>
        <button type="button" class="btn-icon" (click)="dialog.close()" aria-label="Đóng hộp thoại">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="modal-body">
        <ng-content />
      </div>
    </dialog>
  `,
})
export class ModalDialog {
  readonly heading = input.required<string>();
  readonly open = input(false);
  readonly wide = input(false);
  readonly dismissed = output<void>();

  protected readonly headingId = `modal-heading-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  /** Closes as Esc does: the browser restores focus, then `dismissed` fires. */
  close(): void {
    this.dialog().nativeElement.close();
  }

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.open() && !dialog.open) {
        dialog.showModal();
        // Start where the work is: the first field, not the close button the browser would pick.
        dialog.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
      }
      if (!this.open() && dialog.open) dialog.close();
    });
  }
}
