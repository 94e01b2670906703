/** A value the runner reads with Python's `marshal.loads` (no JSON import in the sandbox: it costs more than a start). */
export type MarshalValue =
  | string
  | number
  | boolean
  | null
  | MarshalValue[]
  | { [key: string]: MarshalValue };

function encodeInt(value: number, out: Buffer[]) {
  if (value >= -0x80000000 && value <= 0x7fffffff) {
    const bytes = Buffer.alloc(5);
    bytes.write('i');
    bytes.writeInt32LE(value, 1);
    out.push(bytes);
    return;
  }
  // TYPE_LONG: a signed count of 15-bit digits, least significant first
  const digits: number[] = [];
  for (let rest = BigInt(Math.abs(value)); rest > 0n; rest >>= 15n) digits.push(Number(rest & 0x7fffn));
  const bytes = Buffer.alloc(5 + digits.length * 2);
  bytes.write('l');
  bytes.writeInt32LE(value < 0 ? -digits.length : digits.length, 1);
  for (const [index, digit] of digits.entries()) bytes.writeUInt16LE(digit, 5 + index * 2);
  out.push(bytes);
}

function encode(value: MarshalValue, out: Buffer[]) {
  if (value === null) out.push(Buffer.from('N'));
  else if (value === true) out.push(Buffer.from('T'));
  else if (value === false) out.push(Buffer.from('F'));
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`marshal: ${value} is not an integer`);
    encodeInt(value, out);
  } else if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    const head = Buffer.alloc(5);
    head.write('u');
    head.writeUInt32LE(text.length, 1);
    out.push(head, text);
  } else if (Array.isArray(value)) {
    const head = Buffer.alloc(5);
    head.write('[');
    head.writeUInt32LE(value.length, 1);
    out.push(head);
    for (const item of value) encode(item, out);
  } else {
    out.push(Buffer.from('{'));
    for (const [key, item] of Object.entries(value)) {
      encode(key, out);
      encode(item, out);
    }
    out.push(Buffer.from('0'));
  }
}

export function encodeMarshal(value: MarshalValue): Buffer {
  const out: Buffer[] = [];
  encode(value, out);
  return Buffer.concat(out);
}
