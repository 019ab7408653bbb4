import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { parseInstant } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import { IsInstant } from '../../common/http/domain-rules.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { POSITION_PATTERN } from '../../common/http/position-pattern.js';
import { EVENT_STORE } from '../../infrastructure/tokens.js';

export class HistoryPositionQueryDto {
  @ApiPropertyOptional({ description: 'A past instant: the last event recorded at or before it. Without it: the latest event.', example: '2025-03-01T09:30:00Z' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class HistoryPositionDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'The global position of that event; 0 when none was recorded by then.' }) position!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When that event was recorded (null: none was). Reading with asOf set to it reproduces the view.' })
  recordedAt!: string | null;
}

/**
 * Where the history stood at a moment: the position of the last event then recorded. A printed board pack
 * names it, and a report built as of it (POST /admin/reports) shows the same figures.
 */
@ApiTags('audit')
@Controller('audit')
export class HistoryPositionController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Allow('history.position')
  @Get('position')
  @ApiOperation({
    summary: 'The position of the last event recorded at a moment (or now), and when it was recorded',
    description: 'Says nothing of any event but when it was recorded; every signed-in person may ask, to print or cite a view that can be reproduced.',
  })
  @ApiOkResponse({ type: HistoryPositionDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: '`asOf` not an instant with a time zone.' })
  async position(@Query() query: HistoryPositionQueryDto): Promise<HistoryPositionDto> {
    const position = query.asOf === undefined ? await this.store.headPosition() : await this.store.positionAt(parseInstant(query.asOf, 'asOf'));
    if (position === null) return { position: '0', recordedAt: null };
    const event = await this.store.readEventAt(position);
    return { position: position.toString(), recordedAt: event === null ? null : event.recordedAt.toISOString() };
  }
}
