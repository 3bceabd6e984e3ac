import type { Routes } from '@angular/router';
import { HomePage } from './home/home-page';
import { citizenGuard } from './session/citizen.guard';

const SITE = 'Cổng Dịch vụ công tỉnh Demo';

/**
 * Every page is lazy except the home page, the usual landing: it comes with the first load so its
 * heading paints without waiting for another chunk; the others cost nothing until visited.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', title: SITE, component: HomePage },
  { path: 'thu-tuc', title: `Thủ tục hành chính — ${SITE}`, loadComponent: () => import('./procedures/procedure-search-page').then((m) => m.ProcedureSearchPage) },
  { path: 'thu-tuc/chi-tiet', title: `Thủ tục hành chính — ${SITE}`, loadComponent: () => import('./procedures/procedure-page').then((m) => m.ProcedurePage) },
  { path: 'dang-nhap', title: `Đăng nhập — ${SITE}`, loadComponent: () => import('./account/sign-in-page').then((m) => m.SignInPage) },
  { path: 'tra-cuu', title: `Tra cứu hồ sơ — ${SITE}`, loadComponent: () => import('./track/track-page').then((m) => m.TrackPage) },
  { path: 'tra-cuu/:code', title: `Tra cứu hồ sơ — ${SITE}`, loadComponent: () => import('./track/track-page').then((m) => m.TrackPage) },
  {
    path: 'nop-ho-so', title: `Nộp hồ sơ trực tuyến — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./submit/submit-wizard').then((m) => m.SubmitWizard),
  },
  {
    path: 'ho-so-cua-toi', title: `Hồ sơ của tôi — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./my-dossiers/my-dossiers-page').then((m) => m.MyDossiersPage),
  },
  {
    path: 'ho-so-cua-toi/:code', title: `Hồ sơ của tôi — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./my-dossiers/my-dossier-page').then((m) => m.MyDossierPage),
  },
  {
    path: 'ho-so-cua-toi/:code/danh-gia', title: `Đánh giá hồ sơ — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./my-dossiers/rate-page').then((m) => m.RatePage),
  },
  { path: 'hoi-dap', title: `Hỏi đáp — ${SITE}`, loadComponent: () => import('./questions/questions-page').then((m) => m.QuestionsPage) },
  {
    path: 'hoi-dap/gui', title: `Gửi câu hỏi, phản ánh — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./questions/ask-page').then((m) => m.AskPage),
  },
  {
    path: 'hoi-dap/cua-toi', title: `Câu hỏi, phản ánh của tôi — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./questions/my-questions-page').then((m) => m.MyQuestionsPage),
  },
  {
    path: 'kho-du-lieu', title: `Kho dữ liệu cá nhân — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./data-store/data-store-page').then((m) => m.DataStorePage),
  },
  {
    path: 'tai-khoan', title: `Thông tin tài khoản — ${SITE}`, canActivate: [citizenGuard],
    loadComponent: () => import('./account/profile-page').then((m) => m.ProfilePage),
  },
  { path: 'khao-sat', title: `Khảo sát mức độ hài lòng — ${SITE}`, loadComponent: () => import('./surveys/survey-list-page').then((m) => m.SurveyListPage) },
  { path: 'khao-sat/:id', title: `Phiếu khảo sát — ${SITE}`, loadComponent: () => import('./surveys/survey-page').then((m) => m.SurveyPage) },
  { path: 'thong-ke', title: `Công khai kết quả giải quyết — ${SITE}`, loadComponent: () => import('./statistics/statistics-page').then((m) => m.StatisticsPage) },
  {
    path: '**', title: `Không tìm thấy trang — ${SITE}`, loadComponent: () => import('./shell/message-page').then((m) => m.MessagePage),
    data: { heading: 'Không tìm thấy trang', body: 'Địa chỉ bạn mở không có trên Cổng Dịch vụ công, hoặc trang đã được chuyển đi.' },
  },
];
