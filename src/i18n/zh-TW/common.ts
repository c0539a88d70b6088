import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: '此頁面尚未連接 eSIM 服務。請聯絡網站管理者。',
  errorNetwork: '無法連線到伺服器。請檢查網路連線後再試一次。',
  errorTimeout: '伺服器回應時間過長。請再試一次。',
  errorInvalidResponse: '無法讀取伺服器的回應。請再試一次；若問題持續發生，請聯絡客服。',
  errorUnauthenticated: '您的登入狀態已失效。請重新登入。',
  errorForbidden: '您的帳號無權執行此操作。請聯絡客服。',
  errorNotFound: '找不到這張 eSIM 或這筆申請，可能已被移除。',
  errorNotEligible: '這張 eSIM 已無法線上取消。',
  errorDuplicate: '這張 eSIM 已有一筆處理中的取消申請。',
  errorAlreadyCancelled: '這張 eSIM 已取消。',
  errorValidation: '部分資料需要修正。請檢查標示的欄位。',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined ? '要求次數過多。請稍候再試。' : plural('zh-TW', seconds, { other: '要求次數過多。請在 # 秒後再試一次。' }),
  errorUpstream: 'eSIM 供應商目前沒有回應。請幾分鐘後再試一次。',
  errorIdempotency: '這筆申請在傳送過程中有所變動。請檢查後重新送出。',
  errorInternal: '我們這邊發生問題。請再試一次。',
  retry: '再試一次',
  close: '關閉',
  loading: '載入中…',
  emailInvalid: '請輸入電子郵件地址，例如 name@example.com。',
  signedOutTitle: '您已登出',
  signedOutWaiting: '請在此頁面登入以繼續。',
};
