import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller.js';

/** Loading a trust's history from spreadsheets: the upload, its check, the job storing it, and the templates. */
@Module({ controllers: [ImportsController] })
export class ImportsModule {}
