import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: '此页面尚未连接 eSIM 服务。请联系网站所有者。',
  errorNetwork: '无法连接服务器。请检查网络连接后重试。',
  errorTimeout: '服务器响应时间过长。请重试。',
  errorInvalidResponse: '服务器返回的内容无法读取。请重试；如果问题持续，请联系客服。',
  errorUnauthenticated: '您的登录已过期。请重新登录。',
  errorForbidden: '您的账户无权执行此操作。请联系客服。',
  errorNotFound: '找不到此 eSIM 或申请，可能已被删除。',
  errorNotEligible: '此 eSIM 已无法在线取消。',
  errorDuplicate: '此 eSIM 已有一个正在处理的取消申请。',
  errorAlreadyCancelled: '此 eSIM 已取消。',
  errorValidation: '部分信息需要修改。请检查标出的字段。',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined ? '请求过于频繁。请稍候再试。' : plural('zh-CN', seconds, { other: '请求过于频繁。请在 # 秒后重试。' }),
  errorUpstream: 'eSIM 运营商暂时无响应。请几分钟后重试。',
  errorIdempotency: '此申请在发送过程中发生了变化。请检查后重新提交。',
  errorInternal: '我们这边出了点问题。请重试。',
  retry: '重试',
  close: '关闭',
  loading: '正在加载…',
  emailInvalid: '请输入有效的邮箱地址，例如 name@example.com。',
  signedOutTitle: '您已退出登录',
  signedOutWaiting: '请在此页面登录以继续。',
};
