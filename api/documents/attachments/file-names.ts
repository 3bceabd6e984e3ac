/** Control characters and the bidirectional overrides that disguise "hoso‮fdp.exe" as "hosoexe.pdf". */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a person gave their file, kept for display and download but never used as a path:
 * directories, control and bidi characters and leading dots are dropped, and it is capped at
 * 200 characters with its extension kept.
 */
export function displayName(raw: string): string {
  const cleaned = raw.normalize('NFC').replace(HIDDEN, '');
  let name = (cleaned.split(/[\\/]/).pop() ?? '').replace(/^[.\s]+/, '').trim();
  if (name.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 200 - ext.length) + ext;
  }
  return name || 'tep-dinh-kem';
}

/** An ASCII stand-in for old clients: Vietnamese letters lose their marks, anything else becomes "_". */
function asciiName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\;]/g, '_');
}

/** Content-Disposition with the original name (RFC 6266 / RFC 5987), safe for any name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiName(name)}"; filename*=UTF-8''${encoded}`;
}
