import type { Routes } from '@angular/router';
import { AREA_ROLES } from './session/roles';
import { identifiedGuard, roleGuard, signedInGuard, signedOutGuard } from './session/session.guards';
import { homeRedirect } from './shell/home-redirect';
import { MessagePage } from './shell/message-page';
import { SHELL_TEXTS as T } from './shell/shell.texts';

const comingSoon = (title: string) => ({ title, heading: T.comingSoonTitle, body: T.comingSoonBody, showHomeLink: false });

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
        component: MessagePage,
        data: comingSoon('Tiếp nhận hồ sơ'),
      },
      {
        path: 'catalogue',
        title: 'Danh mục thủ tục — Một cửa điện tử',
        canActivate: [roleGuard(AREA_ROLES.catalogue)],
        component: MessagePage,
        data: comingSoon('Danh mục thủ tục hành chính'),
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
