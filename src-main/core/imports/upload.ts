/** A file as it arrives through the API (base64 text) or as bytes already in hand. */
export interface Base64Upload {
  base64: string;
}

export function uploadBytes(data: Uint8Array | Base64Upload): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(Buffer.from(data.base64, 'base64'));
}

/**
 * The bytes of a request's upload, which leaves the request: nothing but the caller's
 * decoded bytes holds the file any more (the import worker keeps the request until it
 * answers, and the base64 text is a third larger than the file).
 */
export function takeUpload(req: { bytes: Uint8Array | Base64Upload | null }): Uint8Array {
  const data = req.bytes;
  if (!data) throw new Error('the upload was already taken');
  req.bytes = null;
  return uploadBytes(data);
}
