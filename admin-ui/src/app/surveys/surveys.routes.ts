import type { Routes } from '@angular/router';

export const SURVEY_ROUTES: Routes = [
  {
    path: '',
    title: 'Khảo sát mức độ hài lòng — Một cửa điện tử',
    loadComponent: () => import('./surveys-page').then((m) => m.SurveysPage),
  },
  {
    path: ':id',
    title: 'Kết quả khảo sát — Một cửa điện tử',
    loadComponent: () => import('./survey-results-page').then((m) => m.SurveyResultsPage),
  },
];
