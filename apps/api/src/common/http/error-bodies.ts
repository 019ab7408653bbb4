import { ApiProperty } from '@nestjs/swagger';

/** Documents the 400 body (see bad-request.ts). */
export class BadRequestBodyDto {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ type: [String], example: ['kpi must be one of: progress, curriculum, teaching, attendance, transition'] })
  message!: string[];

  @ApiProperty({ type: [String], description: 'Each input field at fault, once.', example: ['kpi'] })
  fields!: string[];
}

/** Documents every other error body. */
export class ErrorBodyDto {
  @ApiProperty({ type: 'integer', example: 404 })
  statusCode!: number;

  @ApiProperty({ example: 'Not Found' })
  error!: string;

  @ApiProperty({ example: 'academy 138201 is not registered' })
  message!: string;
}
