import { Directive, inject } from '@angular/core';
import { NgControl } from '@angular/forms';

/** Announces a reactive control's problem to assistive technology once the officer has touched it. */
@Directive({
  selector: '[formControlName],[formControl]',
  host: { '[attr.aria-invalid]': 'invalid()' },
})
export class AriaInvalid {
  private readonly control = inject(NgControl, { self: true });

  protected invalid(): 'true' | null {
    const c = this.control;
    return c.invalid && (c.touched || c.dirty || c.errors?.['server']) ? 'true' : null;
  }
}
