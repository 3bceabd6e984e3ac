import { toIsoLocal } from '../../calendar/local-time';
import { longDateTime } from '../notices/vietnamese-dates';
import type { VerifiableDocument } from './verifiable-documents';

export const KIND_LABELS: Record<VerifiableDocument['kind'], string> = {
  notice: 'Phiếu do Bộ phận Tiếp nhận và Trả kết quả phát hành',
  result: 'Kết quả giải quyết thủ tục hành chính (bản điện tử có chữ ký số)',
  paper_copy: 'Bản giấy chuyển đổi từ văn bản điện tử',
};

/** What the public learns from a verification code: the document, its issuer and its checksums; nothing about the applicant. */
export function verificationView(doc: VerifiableDocument, sha256?: string) {
  return {
    id: doc.id,
    kind: doc.kind,
    kindLabel: KIND_LABELS[doc.kind],
    title: doc.title,
    code: doc.code,
    issuer: doc.issuerName,
    issuedAt: toIsoLocal(doc.issuedAt),
    issuedBy: doc.issuedByName,
    sha256: doc.sha256,
    copySha256: doc.copySha256,
    status: doc.revokedAt ? 'revoked' : 'valid',
    ...(sha256 ? { matches: [doc.sha256, doc.copySha256].includes(sha256.toLowerCase()) } : {}),
  };
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>
body { font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0; background: #f4f5f7; color: #1b1b1b; }
header { background: #a4161a; color: #fff; padding: 14px 20px; font-weight: 600; }
main { max-width: 720px; margin: 24px auto; background: #fff; padding: 20px 24px; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
h1 { font-size: 1.25rem; margin-top: 0; } .ok { color: #1b7f3b; } .bad { color: #a4161a; }
dl { display: grid; grid-template-columns: 11rem 1fr; gap: 6px 12px; } dt { color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
code { font-size: .85rem; } footer { text-align: center; color: #666; font-size: .85rem; margin: 16px; }
</style></head><body><header>Hệ thống thông tin giải quyết thủ tục hành chính — Xác thực giấy tờ</header><main>${body}</main>
<footer>Đối chiếu nội dung bản giấy với thông tin dưới đây. Mã kiểm tra SHA-256 dùng để đối chiếu với tệp điện tử.</footer></body></html>`;
}

export function verificationPage(doc: VerifiableDocument | undefined, code: string): string {
  if (!doc) {
    return page('Không tìm thấy giấy tờ', `<h1 class="bad">Không tìm thấy giấy tờ với mã xác thực ${escape(code)}</h1>
<p>Giấy tờ có thể không do hệ thống phát hành, hoặc mã đã bị nhập sai. Hãy kiểm tra lại mã in dưới mã QR.</p>`);
  }
  const view = verificationView(doc);
  const status = doc.revokedAt
    ? '<h1 class="bad">Giấy tờ đã bị thu hồi</h1>'
    : '<h1 class="ok">Giấy tờ do hệ thống phát hành</h1>';
  const row = (label: string, value: string | null) => (value ? `<dt>${label}</dt><dd>${value}</dd>` : '');
  return page('Xác thực giấy tờ', `${status}<dl>
${row('Loại giấy tờ', escape(view.kindLabel))}
${row('Tên giấy tờ', escape(view.title))}
${row('Số, mã giấy tờ', escape(view.code))}
${row('Cơ quan phát hành', escape(view.issuer))}
${row('Thời điểm phát hành', escape(longDateTime(doc.issuedAt)))}
${row('Người thực hiện', view.issuedBy ? escape(view.issuedBy) : null)}
${row('Mã kiểm tra bản điện tử (SHA-256)', `<code>${view.sha256}</code>`)}
${row('Mã kiểm tra bản giấy (SHA-256)', view.copySha256 ? `<code>${view.copySha256}</code>` : null)}
${row('Mã xác thực', `<code>${escape(view.id)}</code>`)}
</dl>`);
}
