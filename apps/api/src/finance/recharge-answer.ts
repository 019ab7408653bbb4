import { ApiProperty } from '@nestjs/swagger';
import { CommandAnswer } from '../common/commands/command-answer.js';

/** The answer of POST /recharges and POST /recharges/:id/reversal: the command answer and what was posted. */
export class RechargeAnswer extends CommandAnswer {
  @ApiProperty({ description: 'The recharge id (use it for a reversal).', example: '0b5c3e1a-8f9d-5c2b-9a7e-3d4f5a6b7c8d' })
  declare id: string;

  @ApiProperty({ type: 'integer', description: 'The amount of the recharge (or of its reversal) in pence: the day rate × days.', example: 37_500 })
  amountPence!: number;

  @ApiProperty({ description: 'The academic year whose ledger it is posted to: the year the support was delivered.', example: '2024/25' })
  academicYear!: string;
}
