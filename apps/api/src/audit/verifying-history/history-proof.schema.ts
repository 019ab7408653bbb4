import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { POSITION_PATTERN } from '../../common/http/position-pattern.js';

// OpenAPI documentation of the hash chain's digest and verification (GET /audit/digest, GET /audit/verify).

export class ChainDigestDto {
  @ApiProperty({ format: 'uuid', description: 'The deployment whose history this is.' }) deploymentId!: string;
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: "The head's position when signed (0: an empty store)." }) position!: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', pattern: '^[0-9a-f]{64}$', description: "The head's link of the hash chain (SHA-256, hex)." }) hash!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiProperty({ description: "The deployment's Ed25519 public key (PEM): keep it with the digests." }) publicKey!: string;
  @ApiProperty({ description: 'Ed25519 signature (base64) over the JSON array [deploymentId, position, hash, signedAt].' }) signature!: string;
}

export class ChainMismatchDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'The first position where the events and the chain disagree.' }) position!: string;
  @ApiProperty({ enum: ['altered', 'missing-event', 'missing-link', 'beyond-head'] }) problem!: string;
  @ApiProperty({ example: 'the event at position 1042 does not match its link: it was altered' }) message!: string;
}

export class ChainVerificationDto {
  @ApiProperty({ example: '1', pattern: POSITION_PATTERN }) from!: string;
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN }) to!: string;
  @ApiProperty({ type: 'integer', description: 'Events whose link was recomputed and matched.' }) verified!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The recomputed link at `to` (hex) when everything matched: compare it with a kept digest of that position.' }) hashAtTo!: string | null;
  @ApiProperty({ type: ChainMismatchDto, nullable: true, description: 'Null when every link matched.' }) firstMismatch!: ChainMismatchDto | null;
}

// Up to 39 digits: an EventStoreDB position is packed into 128 bits (see libs/event-store eventstoredb/positions.ts).
export class VerifyHistoryQueryDto {
  @ApiProperty({ required: false, example: '1', pattern: POSITION_PATTERN, description: 'The first position to verify (default 1; a later one starts from the stored link before it).' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,38}$/, { message: 'from must be a position (a whole number from 1)' })
  from?: string;

  @ApiProperty({ required: false, example: '1042', pattern: POSITION_PATTERN, description: "The last position to verify (default: the store's head)." })
  @IsOptional()
  @Matches(/^[1-9]\d{0,38}$/, { message: 'to must be a position (a whole number from 1)' })
  to?: string;
}
