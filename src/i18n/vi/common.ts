import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Trang này chưa được kết nối với dịch vụ eSIM. Vui lòng liên hệ chủ trang web.',
  errorNetwork: 'Không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
  errorTimeout: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
  errorInvalidResponse: 'Không đọc được phản hồi từ máy chủ. Vui lòng thử lại, hoặc liên hệ bộ phận hỗ trợ nếu lỗi vẫn tiếp diễn.',
  errorUnauthenticated: 'Phiên đăng nhập của bạn đã kết thúc. Vui lòng đăng nhập lại.',
  errorForbidden: 'Tài khoản của bạn không được phép thực hiện thao tác này. Vui lòng liên hệ bộ phận hỗ trợ.',
  errorNotFound: 'Không tìm thấy eSIM hoặc yêu cầu này. Có thể nó đã bị xóa.',
  errorNotEligible: 'eSIM này không còn hủy trực tuyến được nữa.',
  errorDuplicate: 'eSIM này đã có một yêu cầu hủy đang được xử lý.',
  errorAlreadyCancelled: 'eSIM này đã bị hủy.',
  errorValidation: 'Một số thông tin cần sửa. Vui lòng kiểm tra các ô được đánh dấu.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Quá nhiều yêu cầu. Vui lòng đợi một lát rồi thử lại.'
      : plural('vi', seconds, { other: 'Quá nhiều yêu cầu. Vui lòng thử lại sau # giây.' }),
  errorUpstream: 'Nhà cung cấp eSIM hiện không phản hồi. Vui lòng thử lại sau vài phút.',
  errorIdempotency: 'Yêu cầu này đã thay đổi trong khi đang gửi. Vui lòng xem lại và gửi lại.',
  errorInternal: 'Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại.',
  retry: 'Thử lại',
  close: 'Đóng',
  loading: 'Đang tải…',
  emailInvalid: 'Nhập địa chỉ email, ví dụ name@example.com.',
  signedOutTitle: 'Bạn đã đăng xuất',
  signedOutWaiting: 'Đăng nhập trên trang này để tiếp tục.',
};
