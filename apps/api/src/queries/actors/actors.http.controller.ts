import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ACTOR_TABLE, ACTOR_TYPES, describeParty } from '@sitrep/domain';

class ActorDto {
  @ApiProperty({ example: 'SD-RSF', description: 'The party code used in claims, casualties and the party= filter' })
  code!: string;
  @ApiProperty({ example: 'Rapid Support Forces' }) name!: string;
  @ApiProperty({ type: [String], description: 'Arabic names the extractor reads (not exhaustive)' })
  arabic!: string[];
  @ApiProperty({ enum: ['organisation', 'group'] }) kind!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2 of the home country' })
  country!: string | null;
  @ApiProperty({ enum: Object.keys(ACTOR_TYPES), description: 'ACLED-style actor type' }) type!: string;
  @ApiProperty({ example: 2, description: "ACLED's inter code of the type" }) inter!: number;
}

class ActorListDto {
  @ApiProperty({ type: [ActorDto] }) items!: ActorDto[];
  @ApiProperty({
    example: 'Any ISO 3166-1 alpha-2 code is also a party: the state, its forces and its institutions.',
  })
  states!: string;
}

/** The actor table as data: what each non-state party code means. */
@ApiTags('actors')
@Controller('actors')
export class ActorsHttpController {
  @Get()
  @ApiOperation({ summary: 'Non-state armed groups, de facto authorities and organisations Sitrep names by code' })
  @ApiOkResponse({ type: ActorListDto })
  list(): ActorListDto {
    return {
      items: ACTOR_TABLE.map((entry) => {
        const party = describeParty(entry.code)!;
        return { ...party, arabic: [...entry.arabic], kind: entry.kind };
      }),
      states: 'Any ISO 3166-1 alpha-2 code is also a party: the state, its forces and its institutions.',
    };
  }
}
