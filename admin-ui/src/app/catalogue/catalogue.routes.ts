import type { Routes } from '@angular/router';

/** Danh mục thủ tục: the list, import and export, one procedure, and the editor of its draft. */
export const CATALOGUE_ROUTES: Routes = [
  {
    path: '',
    title: 'Danh mục thủ tục — Một cửa điện tử',
    loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage),
  },
  {
    path: 'transfer',
    title: 'Nhập, xuất danh mục thủ tục — Một cửa điện tử',
    loadComponent: () => import('./transfer/transfer-page').then((m) => m.TransferPage),
  },
  {
    path: ':code',
    title: 'Thủ tục hành chính — Một cửa điện tử',
    loadComponent: () => import('./procedure-page').then((m) => m.ProcedurePage),
  },
  {
    path: ':code/versions/:version/edit',
    title: 'Sửa hồ sơ thủ tục — Một cửa điện tử',
    loadComponent: () => import('./version-editor').then((m) => m.VersionEditor),
  },
];
