import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Có thể điều này giúp ích',
  alternativesIntro: 'Nếu không có gì phù hợp, hãy tiếp tục hủy: không có gì ở đây thay đổi eSIM của bạn.',
  continueCancelling: 'Tiếp tục hủy',
  altTransferTitle: 'Chuyển eSIM sang điện thoại mới',
  altTransferText:
    'Nhiều eSIM có thể chuyển sang điện thoại mới mà không cần hủy. Tuy nhiên nhiều eSIM du lịch thì không: khi đó bộ phận hỗ trợ sẽ gửi hồ sơ mới.',
  altTransferIphone: 'iPhone: khi thiết lập iPhone mới, hoặc sau đó trong Cài đặt → Di động → Thêm eSIM → Chuyển từ iPhone gần đây.',
  altTransferAndroid: 'Android: trong Cài đặt, mở mục SIM và chọn Chuyển SIM (trên máy có hỗ trợ, như các dòng Pixel và Galaxy gần đây).',
  altTransferAction: 'Giữ lại và chuyển',
  altSupportTitle: 'Để bộ phận hỗ trợ xem vấn đề',
  altSupportText:
    'Phần lớn lỗi cài đặt và kết nối đều khắc phục được. Bộ phận hỗ trợ nhận thông tin eSIM này cùng tin nhắn của bạn, bạn không cần giải thích lại.',
  altSupportAction: 'Liên hệ hỗ trợ',
  altSupportSubject: (esim: string) => `Sự cố với eSIM của tôi: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM: ${esim}\nICCID: ${iccid}\nVấn đề: ${problem}\n\nTình trạng:\n`,
  altKeepTitle: 'Giữ lại cho chuyến đi sau',
  altKeepText: (date: string) => `eSIM này còn hiệu lực đến ${date}. Hãy giữ lại cho chuyến đi tới.`,
  altKeepAction: 'Giữ cho chuyến đi tới của tôi',
  reasonOptional: 'Không bắt buộc: giúp chúng tôi cải thiện.',
  reasonNotGiven: 'Không nêu',
};
