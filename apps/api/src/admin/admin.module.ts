import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';

/** Operating the read models and background jobs: rebuilds, projection health and retry, job progress. */
@Module({ controllers: [AdminController] })
export class AdminModule {}
