import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { CommandAnswer } from '../../../common/commands/command-answer.js';
import { textMessage } from '../../../common/http/field-messages.js';

/** Why a subject's personal data is erased. The domain checks it (required, non-empty, bounded). */
export class ErasePersonalDataDto {
  @ApiProperty({
    description: 'Why the data is erased (a request under UK GDPR Article 17 and its reference, say). Kept with the erasure, sealed under its own record\'s key, never the erased subject\'s.',
    example: 'Erasure request DP-2025-012, received 10 March 2025',
    minLength: 1,
    maxLength: MAX_TEXT_LENGTH,
  })
  @IsString({ message: textMessage('reason') })
  reason!: string;
}

export class RebuildJobDto {
  @ApiProperty({ example: 'expertise-directory' }) projection!: string;
  @ApiProperty({ example: 'rebuild-expertise-directory-0b1c…', description: 'Follow it with GET /admin/jobs/:jobId.' }) jobId!: string;
}

/** The erasure, as first recorded: the same answer however often it is asked for. */
export class ErasureAnswer extends CommandAnswer {
  @ApiProperty({ example: 'staff:st-41', description: 'The subject erased, as the key store names them.' }) subjectId!: string;
  @ApiProperty({ example: 'u-admin', description: 'The user id of whoever erased (from their token).' }) erasedBy!: string;
  @ApiProperty({ example: 'Erasure request DP-2025-012, received 10 March 2025' }) reason!: string;
  @ApiProperty({ format: 'date-time', example: '2025-03-12T10:00:00.000Z', description: "When the erasure was recorded, and the subject's key destroyed." }) erasedAt!: string;
  @ApiProperty({ description: 'True when the subject had already been erased: nothing was done, and the answer is the first erasure\'s.' }) already!: boolean;
  @ApiProperty({
    type: [RebuildJobDto],
    description: 'The rebuilds of every read model queued so that they show [erased] (none when already erased): each is done when GET /admin/jobs/:jobId says completed.',
  })
  rebuildJobs!: RebuildJobDto[];
}
