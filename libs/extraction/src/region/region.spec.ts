import { describe, expect, it } from 'vitest';
import { getPlace } from '../gazetteer/index.js';
import { prepare } from '../stages/prepare/prepare.js';
import { authorityHolding, borderBetween, epithetParty, isBelligerent, separatistPartyOf } from './index.js';

describe('region packs', () => {
  it('states and de facto authorities can be sides; organisations cannot', () => {
    expect(isBelligerent('AM')).toBe(true);
    expect(isBelligerent('NKR')).toBe(true);
    expect(isBelligerent('OSCE')).toBe(false);
    expect(isBelligerent('CSTO')).toBe(false);
    // two organisation codes have a state code's shape: they are still no side
    expect(isBelligerent('UN')).toBe(false);
    expect(isBelligerent('EU')).toBe(false);
  });

  it('Karabakh places are held by the NKR authorities; Yerevan is not', () => {
    expect(authorityHolding(getPlace('nk-stepanakert')!)).toBe('NKR');
    expect(authorityHolding(getPlace('am-yerevan')!)).toBe(null);
  });

  it('«الانفصاليون» means NKR in a report that names Karabakh', () => {
    expect(separatistPartyOf(prepare('قصف الانفصاليون مواقع في قره باغ.').places)).toBe('NKR');
    expect(separatistPartyOf(prepare('قصف الانفصاليون مواقع في دونيتسك.').places)).toBe(null);
  });

  it('«الاحتلال» is Israel (levant pack)', () => {
    expect(epithetParty('occupation')).toBe('IL');
  });

  it('the border of two parties comes from the gazetteer, in either order', () => {
    expect(borderBetween('AZ', 'AM')?.id).toBe('xx-border-am-az');
    expect(borderBetween('AM', 'AZ')?.id).toBe('xx-border-am-az');
  });
});
