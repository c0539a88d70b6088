// Human-readable texts of the reference backend, in English, Chinese and German (the German reseller
// demo page, demo/kuendigen.html, and its confirmation emails). The contract asks for `message` "in
// the request's language where the backend can", so the backend picks by Accept-Language like a
// reseller's server would; the elements word everything else in every locale they ship.

/** @typedef {'en' | 'zh-CN' | 'de'} Locale */

/** 1 GB = 1024³ bytes, as the contract counts data. */
const GB = 1024 ** 3;

const en = {
  unauthenticated: 'Please sign in to continue.',
  badCredentials: 'Email or password is incorrect.',
  forbidden: 'You do not have access to this resource.',
  notFoundRoute: 'There is nothing at this address.',
  notFoundEsim: 'We could not find this eSIM.',
  notFoundCancellation: 'We could not find this cancellation request.',
  notEligible: {
    installed: 'This eSIM has been installed on a device, so it can no longer be cancelled.',
    data_used: 'This eSIM has used data, so it can no longer be cancelled.',
    expired: 'This eSIM has expired and cannot be cancelled.',
    window_elapsed: 'The cancellation window for this eSIM has closed.',
    request_open: 'A cancellation request for this eSIM is already open.',
    already_cancelled: 'This eSIM has already been cancelled.',
    not_supported: 'This plan cannot be cancelled online.',
  },
  notWithdrawable: 'This request has already been decided and can no longer be withdrawn.',
  duplicateRequest: 'A cancellation request for this eSIM is already open.',
  idempotencyMismatch: 'This Idempotency-Key was already used for a different request.',
  alreadyCancelled: 'This eSIM has already been cancelled.',
  validationFailed: 'Some fields need attention.',
  rateLimited: 'Too many requests. Please wait a moment and try again.',
  upstreamUnavailable: 'The eSIM provider is not responding. Please try again shortly.',
  internal: 'Something went wrong on our side. Please try again.',
  field: {
    required: 'This field is required.',
    email: 'Enter an email address like name@example.com.',
    acknowledged: 'Please confirm that you understand the cancellation terms.',
    noteTooLong: 'Keep the note under 1,000 characters.',
    noteRequiredForOther: 'Tell us a little more when the reason is "other".',
    headerRequired: 'This header is required on every POST.',
    invalidJson: 'The request body must be JSON.',
    invalidCursor: 'This cursor is not valid; start again from the first page.',
    invalidLimit: 'Use a whole number from 1 to 200.',
    invalidStatus: 'Use one of the eSIM statuses of the contract.',
    oneOf: 'Use one of the values the contract lists.',
    tooLong: 'Keep this under 200 characters.',
    iccid: 'An ICCID has 18 to 22 digits.',
    contract: 'Give the ICCID or the order reference.',
    dateFromToday: 'Use a date from today on (YYYY-MM-DD).',
  },
  declarationMail: {
    /** @param {'cancellation' | 'withdrawal'} kind @param {string} reference */
    subject: (kind, reference) => `We received your ${kind === 'withdrawal' ? 'withdrawal' : 'cancellation'} (${reference})`,
    /** @param {string} name */
    greeting: (name) => `Hello ${name},`,
    /** @param {'cancellation' | 'withdrawal'} kind @returns {string} */
    received: (kind) =>
      kind === 'withdrawal'
        ? 'we received your withdrawal from your eSIM purchase. This email confirms it.'
        : 'we received your cancellation of your eSIM contract. This email confirms it.',
    reference: 'Reference',
    kind: 'Declared',
    /** @param {'cancellation' | 'withdrawal'} kind @param {boolean} extraordinary @returns {string} */
    kindValue: (kind, extraordinary) =>
      kind === 'withdrawal' ? 'Withdrawal' : extraordinary ? 'Extraordinary cancellation' : 'Ordinary cancellation',
    reason: 'Reason',
    orderReference: 'Order reference',
    effective: 'Takes effect',
    asap: 'as soon as possible',
    receivedAt: 'Received',
  },
  rejection: {
    /** @param {number} usedBytes */
    dataLimit: (usedBytes) => `The eSIM has been used for ${formatGb(usedBytes, 'en')} GB of data, beyond the refund limit of 1 GB.`,
    policy: 'The request does not meet the refund policy of this plan.',
  },
};

/** @typedef {typeof en} Messages */

/** @type {Messages} */
const zhCN = {
  unauthenticated: '请先登录。',
  badCredentials: '邮箱或密码不正确。',
  forbidden: '您无权访问此资源。',
  notFoundRoute: '此地址没有内容。',
  notFoundEsim: '找不到此 eSIM。',
  notFoundCancellation: '找不到此取消申请。',
  notEligible: {
    installed: '此 eSIM 已安装到设备上，无法再取消。',
    data_used: '此 eSIM 已使用流量，无法再取消。',
    expired: '此 eSIM 已过期，无法取消。',
    window_elapsed: '此 eSIM 的取消期限已过。',
    request_open: '此 eSIM 已有一个处理中的取消申请。',
    already_cancelled: '此 eSIM 已取消。',
    not_supported: '此套餐不支持在线取消。',
  },
  notWithdrawable: '此申请已有结果，无法撤回。',
  duplicateRequest: '此 eSIM 已有一个处理中的取消申请。',
  idempotencyMismatch: '此 Idempotency-Key 已用于另一个请求。',
  alreadyCancelled: '此 eSIM 已取消。',
  validationFailed: '部分字段需要修改。',
  rateLimited: '请求过于频繁，请稍后再试。',
  upstreamUnavailable: 'eSIM 供应商暂无响应，请稍后再试。',
  internal: '我们这边出了点问题，请重试。',
  field: {
    required: '此项为必填项。',
    email: '请输入邮箱地址，例如 name@example.com。',
    acknowledged: '请确认您已了解取消条款。',
    noteTooLong: '备注请少于 1000 个字符。',
    noteRequiredForOther: '原因为“其他”时，请补充说明。',
    headerRequired: '每个 POST 请求都必须带此请求头。',
    invalidJson: '请求正文必须是 JSON。',
    invalidCursor: '此游标无效，请从第一页重新开始。',
    invalidLimit: '请使用 1 到 200 之间的整数。',
    invalidStatus: '请使用契约中定义的 eSIM 状态。',
    oneOf: '请使用契约列出的取值之一。',
    tooLong: '请少于 200 个字符。',
    iccid: 'ICCID 为 18 到 22 位数字。',
    contract: '请填写 ICCID 或订单号。',
    dateFromToday: '请使用今天或之后的日期（YYYY-MM-DD）。',
  },
  declarationMail: {
    subject: (kind, reference) => `我们已收到您的${kind === 'withdrawal' ? '撤回' : '解约'}声明（${reference}）`,
    greeting: (name) => `${name}，您好：`,
    received: (kind) =>
      kind === 'withdrawal' ? '我们已收到您撤回 eSIM 购买的声明，特此确认。' : '我们已收到您解除 eSIM 合同的声明，特此确认。',
    reference: '编号',
    kind: '声明内容',
    kindValue: (kind, extraordinary) => (kind === 'withdrawal' ? '撤回' : extraordinary ? '特别解约' : '普通解约'),
    reason: '原因',
    orderReference: '订单号',
    effective: '生效时间',
    asap: '尽快',
    receivedAt: '收到时间',
  },
  rejection: {
    dataLimit: (usedBytes) => `此 eSIM 已使用 ${formatGb(usedBytes, 'zh-CN')} GB 流量，超出 1 GB 的退款限额。`,
    policy: '此申请不符合该套餐的退款政策。',
  },
};

/** @type {Messages} */
const de = {
  unauthenticated: 'Bitte melden Sie sich an, um fortzufahren.',
  badCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
  forbidden: 'Sie haben keinen Zugriff auf diese Ressource.',
  notFoundRoute: 'Unter dieser Adresse gibt es nichts.',
  notFoundEsim: 'Diese eSIM wurde nicht gefunden.',
  notFoundCancellation: 'Diese Kündigungsanfrage wurde nicht gefunden.',
  notEligible: {
    installed: 'Diese eSIM wurde auf einem Gerät installiert und kann daher nicht mehr gekündigt werden.',
    data_used: 'Mit dieser eSIM wurden Daten genutzt, daher kann sie nicht mehr gekündigt werden.',
    expired: 'Diese eSIM ist abgelaufen und kann nicht gekündigt werden.',
    window_elapsed: 'Die Frist für eine Kündigung dieser eSIM ist abgelaufen.',
    request_open: 'Für diese eSIM ist bereits eine Kündigungsanfrage offen.',
    already_cancelled: 'Diese eSIM ist bereits gekündigt.',
    not_supported: 'Dieser Tarif kann nicht online gekündigt werden.',
  },
  notWithdrawable: 'Über diese Anfrage wurde bereits entschieden; sie kann nicht mehr zurückgezogen werden.',
  duplicateRequest: 'Für diese eSIM ist bereits eine Kündigungsanfrage offen.',
  idempotencyMismatch: 'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
  alreadyCancelled: 'Diese eSIM ist bereits gekündigt.',
  validationFailed: 'Einige Felder müssen korrigiert werden.',
  rateLimited: 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
  upstreamUnavailable: 'Der eSIM-Anbieter antwortet nicht. Bitte versuchen Sie es gleich noch einmal.',
  internal: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  field: {
    required: 'Dieses Feld ist erforderlich.',
    email: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    acknowledged: 'Bitte bestätigen Sie, dass Sie die Kündigungsbedingungen verstanden haben.',
    noteTooLong: 'Die Notiz darf höchstens 1.000 Zeichen lang sein.',
    noteRequiredForOther: 'Bitte erzählen Sie uns etwas mehr, wenn der Grund „Sonstiges“ ist.',
    headerRequired: 'Dieser Header ist bei jedem POST erforderlich.',
    invalidJson: 'Der Inhalt der Anfrage muss JSON sein.',
    invalidCursor: 'Dieser Cursor ist ungültig; beginnen Sie wieder mit der ersten Seite.',
    invalidLimit: 'Verwenden Sie eine ganze Zahl von 1 bis 200.',
    invalidStatus: 'Verwenden Sie einen der eSIM-Status des Vertrags.',
    oneOf: 'Verwenden Sie einen der Werte, die der Vertrag nennt.',
    tooLong: 'Bitte höchstens 200 Zeichen.',
    iccid: 'Eine ICCID hat 18 bis 22 Ziffern.',
    contract: 'Geben Sie die ICCID oder die Bestellnummer an.',
    dateFromToday: 'Verwenden Sie ein Datum ab heute (JJJJ-MM-TT).',
  },
  declarationMail: {
    subject: (kind, reference) => `Wir haben ${kind === 'withdrawal' ? 'Ihren Widerruf' : 'Ihre Kündigung'} erhalten (${reference})`,
    greeting: (name) => `Guten Tag ${name},`,
    received: (kind) =>
      kind === 'withdrawal'
        ? 'wir haben Ihren Widerruf Ihres eSIM-Kaufs erhalten. Diese E-Mail bestätigt ihn.'
        : 'wir haben Ihre Kündigung Ihres eSIM-Vertrags erhalten. Diese E-Mail bestätigt sie.',
    reference: 'Referenz',
    kind: 'Erklärt',
    kindValue: (kind, extraordinary) =>
      kind === 'withdrawal' ? 'Widerruf' : extraordinary ? 'Außerordentliche Kündigung' : 'Ordentliche Kündigung',
    reason: 'Grund',
    orderReference: 'Bestellnummer',
    effective: 'Wirksam',
    asap: 'zum nächstmöglichen Zeitpunkt',
    receivedAt: 'Eingegangen',
  },
  rejection: {
    dataLimit: (usedBytes) => `Mit der eSIM wurden ${formatGb(usedBytes, 'de')} GB Daten genutzt, mehr als die Erstattungsgrenze von 1 GB.`,
    policy: 'Die Anfrage erfüllt die Erstattungsbedingungen dieses Tarifs nicht.',
  },
};

/** @type {Record<Locale, Messages>} */
const CATALOGUES = { en, 'zh-CN': zhCN, de };

/** @param {Locale} locale */
export function messagesFor(locale) {
  return CATALOGUES[locale];
}

/**
 * Picks the locale from an Accept-Language header by quality: any `zh*` range means Chinese
 * (the only Chinese the backend has), any `de*` German; anything else falls back to English.
 * @param {string | undefined} header
 * @returns {Locale}
 */
export function pickLocale(header) {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((range) => range.tag && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'de' || tag.startsWith('de-')) return 'de';
    if (tag === 'en' || tag.startsWith('en-') || tag === '*') return 'en';
  }
  return 'en';
}

/**
 * @param {number} bytes
 * @param {Locale} locale
 */
function formatGb(bytes, locale) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / GB);
}
