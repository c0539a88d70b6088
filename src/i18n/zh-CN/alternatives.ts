import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: '这些或许能帮到您',
  alternativesIntro: '如果都不合适，请继续解约：这里不会对您的 eSIM 做任何改动。',
  continueCancelling: '继续解约',
  altTransferTitle: '把 eSIM 转移到新手机',
  altTransferText: '很多 eSIM 无需解约即可转移到新手机。但不少旅行 eSIM 无法转移，这种情况下客服会为您发送新的配置文件。',
  altTransferIphone: 'iPhone：在设置新 iPhone 时，或之后在“设置”→“蜂窝网络”→“添加 eSIM”→“从附近的 iPhone 转移”。',
  altTransferAndroid: 'Android：在“设置”中打开 SIM 卡，选择“转移 SIM 卡”（仅限支持的机型，如较新的 Pixel 和 Galaxy）。',
  altTransferAction: '保留并转移',
  altSupportTitle: '让客服看看问题',
  altSupportText: '大多数安装和连接问题都能解决。客服会随您的留言收到这张 eSIM 的信息，您无需再解释。',
  altSupportAction: '联系客服',
  altSupportSubject: (esim: string) => `我的 eSIM 出现问题：${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM：${esim}\nICCID：${iccid}\n问题：${problem}\n\n具体情况：\n`,
  altKeepTitle: '留着下次旅行用',
  altKeepText: (date: string) => `这张 eSIM 有效期至 ${date}，可以留到下次旅行使用。`,
  altKeepAction: '留到下次旅行用',
  reasonOptional: '选填：帮助我们改进。',
  reasonNotGiven: '未填写',
};
