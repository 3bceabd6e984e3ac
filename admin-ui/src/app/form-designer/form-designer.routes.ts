import type { Routes } from '@angular/router';

/** Thiết kế biểu mẫu: choose a draft, then design its e-form. */
export const FORM_DESIGNER_ROUTES: Routes = [
  {
    path: '',
    title: 'Thiết kế biểu mẫu — Một cửa điện tử',
    loadComponent: () => import('./form-picker-page').then((m) => m.FormPickerPage),
  },
  {
    path: ':code/:version',
    title: 'Thiết kế biểu mẫu — Một cửa điện tử',
    loadComponent: () => import('./form-designer-page').then((m) => m.FormDesignerPage),
  },
];
