import { Query } from '@nestjs/cqrs';
import type { AcademyListItem } from '@trust/projections';

export class ListAcademiesQuery extends Query<AcademyListItem[]> {}
