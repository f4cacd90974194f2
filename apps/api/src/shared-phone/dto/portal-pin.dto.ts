import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional, Matches, ValidateIf } from 'class-validator';

const PIN = /^\d{4,8}$/;
const PIN_MESSAGE = (field: string) => `${field} must be 4 to 8 digits`;

export class SetPinDto {
  @ApiProperty({ type: String, nullable: true, example: '2468', description: 'The new PIN (4–8 digits); `null` removes the PIN.' })
  @IsDefined({ message: 'pin is required (null removes the PIN)' })
  @ValidateIf((o: SetPinDto) => o.pin !== null)
  @Matches(PIN, { message: PIN_MESSAGE('pin') })
  pin!: string | null;

  @ApiPropertyOptional({ example: '1357', description: 'The current PIN, required when one is set.' })
  @IsOptional() @Matches(PIN, { message: PIN_MESSAGE('currentPin') })
  currentPin?: string;
}

export class CheckPinDto {
  @ApiProperty({ example: '2468' })
  @IsDefined({ message: 'pin is required' }) @Matches(PIN, { message: PIN_MESSAGE('pin') })
  pin!: string;
}

export class PinStateDto {
  @ApiProperty({ description: 'Whether the partner has set a PIN.' }) set!: boolean;
}

/** Wrong tries that end the partner session (and the link). */
export const PIN_MAX_FAILURES = 5;
