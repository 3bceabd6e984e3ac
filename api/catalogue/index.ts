/**
 * Danh mục thủ tục hành chính (REQUIREMENTS A3-A7): the catalogue feature. Other features import
 * this file and nothing beneath it.
 */
export { findProcedureVersion, findPublishedProcedure, type PublishedProcedure } from './published-procedure';
export { catalogueRoutes } from './routes';
export { seedDemoCatalogue, type DemoCatalogueResult } from './demo';
export type { DossierComponent, ProcedureInput, ServiceLevel, VersionStatus, WorkingDuration } from './model';
export { HOURS_PER_WORKING_DAY, toWorkingHours } from './model';
