import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: '這些或許能幫上忙',
  alternativesIntro: '如果都不合適，請繼續終止：這裡不會變更您的 eSIM。',
  continueCancelling: '繼續終止',
  altTransferTitle: '把 eSIM 轉移到新手機',
  altTransferText: '許多 eSIM 不必終止就能轉移到新手機。但不少旅遊 eSIM 無法轉移，這時客服會改為寄送新的描述檔。',
  altTransferIphone: 'iPhone：設定新 iPhone 時，或之後在「設定」→「行動服務」→「加入 eSIM」→「從附近的 iPhone 轉移」。',
  altTransferAndroid: 'Android：在「設定」中開啟 SIM 卡，選擇「轉移 SIM 卡」（僅限支援的機型，如較新的 Pixel 與 Galaxy）。',
  altTransferAction: '保留並轉移',
  altSupportTitle: '讓客服看看問題',
  altSupportText: '大多數安裝與連線問題都能解決。客服會隨您的訊息收到這張 eSIM 的資料，您不必再說明。',
  altSupportAction: '聯絡客服',
  altSupportSubject: (esim: string) => `我的 eSIM 有問題：${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM：${esim}\nICCID：${iccid}\n問題：${problem}\n\n狀況：\n`,
  altKeepTitle: '留到下次旅行使用',
  altKeepText: (date: string) => `這張 eSIM 有效至 ${date}，可以留到下次旅行使用。`,
  altKeepAction: '留到下次旅行用',
  reasonOptional: '選填：幫助我們改進。',
  reasonNotGiven: '未填寫',
};
