import { DEMO_CITIZENS, DEMO_IDP_PASSWORD } from './demo-citizens';

/**
 * The demo provider's pages: plain HTML without scripts (the platform's CSP allows none inline),
 * in Vietnamese, looking enough like the national sign-in that testers know where they are.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;background:#f3f4f6;color:#1f2937;line-height:1.5}
  header{background:#b91c1c;color:#fff;padding:16px}
  header p{margin:0;font-size:.875rem;opacity:.95}
  header h1{margin:0;font-size:1.25rem}
  main{max-width:480px;margin:24px auto;padding:0 16px}
  .card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:24px}
  label{display:block;font-weight:600;margin:16px 0 4px}
  input{width:100%;padding:12px;font-size:1rem;border:1px solid #6b7280;border-radius:6px}
  input:focus{outline:3px solid #f59e0b;outline-offset:1px}
  .actions{display:flex;gap:12px;margin-top:24px;flex-wrap:wrap}
  button{font-size:1rem;padding:12px 20px;border-radius:6px;border:1px solid #b91c1c;cursor:pointer;min-height:44px}
  .primary{background:#b91c1c;color:#fff;flex:1}
  .secondary{background:#fff;color:#b91c1c}
  .error{background:#fee2e2;border:1px solid #b91c1c;color:#7f1d1d;padding:12px;border-radius:6px;margin-bottom:8px}
  .note{font-size:.9rem;color:#374151;background:#fffbeb;border:1px solid #f59e0b;border-radius:6px;padding:12px;margin-top:24px}
  table{width:100%;border-collapse:collapse;font-size:.9rem;margin-top:12px}
  caption{text-align:left;font-weight:600}
  th,td{text-align:left;padding:6px 4px;border-bottom:1px solid #e5e7eb}
  code{font-family:"DejaVu Sans Mono",monospace}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Định danh điện tử (mô phỏng)</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>Bộ Công an · Hệ thống định danh và xác thực điện tử</p><h1>Tài khoản định danh điện tử VNeID (mô phỏng)</h1></header>
<main>${body}</main>
</body>
</html>`;
}

export interface LoginPageInput {
  uid: string;
  prefix: string;
  clientName: string;
  identifier?: string;
  error?: string;
}

/** Đăng nhập: the identity number (or tax code) and password, with the demo accounts listed. */
export function loginPage(input: LoginPageInput): string {
  const action = `${input.prefix}/interaction/${encodeURIComponent(input.uid)}`;
  const accounts = DEMO_CITIZENS.map((citizen) => `<tr><td>${escapeHtml(citizen.name)}</td><td><code>${citizen.login}</code></td></tr>`).join('');
  return page('Đăng nhập', `
<div class="card">
  <h2>Đăng nhập</h2>
  <p>để sử dụng <strong>${escapeHtml(input.clientName)}</strong></p>
  ${input.error ? `<div class="error" role="alert" id="login-error">${escapeHtml(input.error)}</div>` : ''}
  <form method="post" action="${action}/login" novalidate>
    <label for="identifier">Số định danh cá nhân hoặc mã số thuế</label>
    <input id="identifier" name="identifier" inputmode="numeric" autocomplete="username" required
      value="${escapeHtml(input.identifier ?? '')}" ${input.error ? 'aria-describedby="login-error" aria-invalid="true"' : ''}>
    <label for="password">Mật khẩu</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <div class="actions">
      <button class="primary" type="submit">Đăng nhập</button>
      <button class="secondary" type="submit" formaction="${action}/abort">Hủy</button>
    </div>
  </form>
  <div class="note">
    <strong>Môi trường thử nghiệm.</strong> Đây không phải hệ thống VNeID thật. Mật khẩu của mọi tài khoản thử nghiệm: <code>${DEMO_IDP_PASSWORD}</code>.
    <table><caption>Tài khoản thử nghiệm</caption><thead><tr><th scope="col">Tên</th><th scope="col">Đăng nhập bằng</th></tr></thead><tbody>${accounts}</tbody></table>
  </div>
</div>`);
}

/** The provider's own error page, in Vietnamese, without technical detail beyond the error code. */
export function errorPage(out: { error?: string; error_description?: string }): string {
  return page('Có lỗi xảy ra', `
<div class="card" role="alert">
  <h2>Không thể tiếp tục đăng nhập</h2>
  <p>Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng quay lại Cổng Dịch vụ công và đăng nhập lại.</p>
  <p><small>Mã lỗi: <code>${escapeHtml(out.error ?? 'server_error')}</code>${out.error_description ? ` — ${escapeHtml(out.error_description)}` : ''}</small></p>
</div>`);
}
