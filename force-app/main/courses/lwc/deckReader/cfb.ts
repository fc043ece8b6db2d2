/**
 * Just enough of the Compound File Binary format (MS-CFB, the "OLE2" container of legacy Office files and
 * of password-encrypted OOXML) to list the names of its streams and storages. `deckReader` uses the names
 * to tell an encrypted PowerPoint (`EncryptedPackage` + `EncryptionInfo`, MS-OFFCRYPTO) from a legacy
 * PowerPoint 97–2003 deck (`PowerPoint Document`) or another Office file.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const MAX_REG_SECT = 0xfffffffa;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Thrown when the container's structure is inconsistent; `deckReader` reports a corrupt file. */
export class CfbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CfbError';
  }
}

/** The names of every stream and storage in the container's directory (order as stored). */
export function listCfbEntries(bytes: Uint8Array): string[] {
  if (!isCfb(bytes)) throw new CfbError('Not a compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number): number => {
    if (offset + 4 > bytes.length) throw new CfbError('Truncated compound file');
    return view.getUint32(offset, true);
  };
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) throw new CfbError(`Unexpected sector shift ${sectorShift}`);
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const sectorOffset = (sector: number): number => {
    if (sector > MAX_REG_SECT || sector >= sectorCount + 1)
      throw new CfbError(`Sector ${sector} out of range`);
    return (sector + 1) * sectorSize;
  };

  // The FAT's own sectors: the first 109 are listed in the header, the rest in the DIFAT chain.
  const fatSectorCount = u32(0x2c);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let hops = 0; fatSectors.length < fatSectorCount && difat <= MAX_REG_SECT; hops++) {
    if (hops > sectorCount) throw new CfbError('DIFAT chain loops');
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(u32(base + i * 4));
    difat = u32(base + perSector * 4);
  }
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined || fatSector === FREE_SECT) throw new CfbError(`Sector ${sector} not in FAT`);
    return u32(sectorOffset(fatSector) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  let sector = u32(0x30);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    if (hops > sectorCount) throw new CfbError('Directory chain loops');
    const base = sectorOffset(sector);
    for (let entry = base; entry < base + sectorSize; entry += 128) {
      const type = bytes[entry + 0x42];
      if (type !== 1 && type !== 2 && type !== 5) continue;
      const nameBytes = Math.min(view.getUint16(entry + 0x40, true), 64);
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2)
        name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}
