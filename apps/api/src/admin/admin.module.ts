import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';
import { ErasePersonalDataController } from './data-subjects/erasing-personal-data/erase-personal-data.controller.js';
import { ErasePersonalDataHandler } from './data-subjects/erasing-personal-data/erase-personal-data.handler.js';
import { RetentionController } from './retention/retention.controller.js';
import { SubjectAccessController } from './data-subjects/subject-access/subject-access.controller.js';
import { SubjectAccessHandler } from './data-subjects/subject-access/subject-access.handler.js';
import { ListJobsController } from './jobs/list-jobs.controller.js';
import { ListReportsController } from './reports/list-reports.controller.js';

/** Operating the read models and background jobs: rebuilds, projection health and retry, job progress, the jobs and reports lists; erasing a data subject, and what is held about one. */
@Module({ controllers: [AdminController, ListJobsController, ListReportsController, ErasePersonalDataController, SubjectAccessController, RetentionController], providers: [ErasePersonalDataHandler, SubjectAccessHandler] })
export class AdminModule {}
