/** A file as it arrives through the API (base64 text) or as bytes already in hand. */
export interface Base64Upload {
  base64: string;
}

export function uploadBytes(data: Uint8Array | Base64Upload): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(Buffer.from(data.base64, 'base64'));
}
