import type { Routes } from '@angular/router';
import { AREA_ROLES } from './session/roles';
import { identifiedGuard, roleGuard, signedInGuard, signedOutGuard } from './session/session.guards';
import { homeRedirect } from './shell/home-redirect';
import { MessagePage } from './shell/message-page';
import { SHELL_TEXTS as T } from './shell/shell.texts';

/** Every screen is lazy except the frame: the initial bundle holds only the shell and the session. */
export const routes: Routes = [
  {
    path: 'login',
    title: 'Đăng nhập — Một cửa điện tử',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./session/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'change-password',
    title: 'Đổi mật khẩu — Một cửa điện tử',
    canActivate: [identifiedGuard],
    loadComponent: () => import('./session/change-password-page').then((m) => m.ChangePasswordPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./shell/shell-layout').then((m) => m.ShellLayout),
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
      {
        path: 'inbox',
        title: 'Hồ sơ cần xử lý — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.inbox)],
        loadComponent: () => import('./inbox/inbox-page').then((m) => m.InboxPage),
      },
      {
        path: 'reception',
        title: 'Tiếp nhận hồ sơ — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.reception)],
        loadComponent: () => import('./reception/reception-page').then((m) => m.ReceptionPage),
      },
      {
        path: 'reception-queue',
        title: 'Hồ sơ trực tuyến chờ tiếp nhận — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.reception)],
        loadComponent: () => import('./reception/reception-queue-page').then((m) => m.ReceptionQueuePage),
      },
      {
        path: 'dossiers/:code',
        title: 'Xử lý hồ sơ — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.inbox)],
        loadComponent: () => import('./dossier/dossier-page').then((m) => m.DossierPage),
      },
      {
        path: 'catalogue',
        canActivate: [roleGuard(AREA_ROLES.catalogue)],
        loadChildren: () => import('./catalogue/catalogue.routes').then((m) => m.CATALOGUE_ROUTES),
      },
      {
        path: 'form-designer',
        canActivate: [roleGuard(AREA_ROLES.formDesigner)],
        loadChildren: () => import('./form-designer/form-designer.routes').then((m) => m.FORM_DESIGNER_ROUTES),
      },
      {
        path: 'overdue-review',
        title: 'Rà soát hồ sơ quá hạn — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.overdueReview)],
        loadComponent: () => import('./overdue-review/overdue-review-page').then((m) => m.OverdueReviewPage),
      },
      {
        path: 'feedback',
        title: 'Phản ánh, kiến nghị và hỏi đáp — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.feedback)],
        loadComponent: () => import('./feedback/feedback-page').then((m) => m.FeedbackPage),
      },
      {
        path: 'surveys',
        canActivate: [roleGuard(AREA_ROLES.surveys)],
        loadChildren: () => import('./surveys/surveys.routes').then((m) => m.SURVEY_ROUTES),
      },
      {
        path: 'calendar',
        title: 'Lịch làm việc — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.calendar)],
        loadComponent: () => import('./calendar/calendar-page').then((m) => m.CalendarPage),
      },
      { path: 'organisation', loadChildren: () => import('./organisation/organisation.routes').then((m) => m.ORGANISATION_ROUTES) },
      {
        path: 'officers',
        title: 'Tài khoản cán bộ — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.officers)],
        loadComponent: () => import('./officers/officers-page').then((m) => m.OfficersPage),
      },
      {
        path: 'process-designer',
        title: 'Thiết kế quy trình — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.designer)],
        loadComponent: () => import('./process-designer/designer-page').then((m) => m.DesignerPage),
      },
      { path: 'forbidden', title: T.forbiddenTitle, component: MessagePage, data: { title: T.forbiddenTitle, body: T.forbiddenBody } },
      { path: 'no-area', title: T.noAreaTitle, component: MessagePage, data: { title: T.noAreaTitle, body: T.noAreaBody, showHomeLink: false } },
      { path: '**', title: T.notFoundTitle, component: MessagePage, data: { title: T.notFoundTitle, body: T.notFoundBody } },
    ],
  },
];
