import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';
import { ListJobsController } from './jobs/list-jobs.controller.js';
import { ListReportsController } from './reports/list-reports.controller.js';

/** Operating the read models and background jobs: rebuilds, projection health and retry, job progress, the jobs and reports lists. */
@Module({ controllers: [AdminController, ListJobsController, ListReportsController] })
export class AdminModule {}
