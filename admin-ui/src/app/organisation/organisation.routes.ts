import type { Routes } from '@angular/router';
import { AREA_ROLES } from '../session/roles';
import { roleGuard } from '../session/session.guards';

export const ORGANISATION_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'agencies' },
  {
    path: 'agencies',
    title: 'Cơ quan — Một cửa điện tử',
    canActivate: [roleGuard(AREA_ROLES.agencies)],
    loadComponent: () => import('./agencies-page').then((m) => m.AgenciesPage),
  },
  {
    path: 'sectors',
    title: 'Lĩnh vực — Một cửa điện tử',
    canActivate: [roleGuard(AREA_ROLES.sectors)],
    loadComponent: () => import('./sectors-page').then((m) => m.SectorsPage),
  },
  {
    path: 'levels',
    title: 'Cấp hành chính — Một cửa điện tử',
    canActivate: [roleGuard(AREA_ROLES.levels)],
    loadComponent: () => import('./levels-page').then((m) => m.LevelsPage),
  },
];
